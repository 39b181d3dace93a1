// Registers every component of the kit (idempotent). Import one component's define.js to register only it.
import './agenda/define.js';
import './agenda-item/define.js';
import './attendance/define.js';
import './confidential/define.js';
import './quorum-status/define.js';
import './speaker-queue/define.js';
import './vote-panel/define.js';
import './vote-result/define.js';
