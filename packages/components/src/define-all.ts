// Registers every component of the kit (idempotent). Import one component's define.js to register only it.
import './agenda/define.js';
import './agenda-item/define.js';
import './attendance/define.js';
import './confidential/define.js';
import './quorum-status/define.js';
import './speaker-queue/define.js';
import './vote-panel/define.js';
import './vote-result/define.js';
import './chair-console/define.js';
import './proposals/define.js';
import './roll-call/define.js';
import './minutes/define.js';
import './decision/define.js';
import './public-view/define.js';
import './connection-status/define.js';
