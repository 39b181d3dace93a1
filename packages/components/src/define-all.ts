// Registers every component of the kit (idempotent). Import one component's define.js to register only it.
import './confidential/define.js';
