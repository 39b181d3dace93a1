/**
 * Adapters from the procedure engine's replayed `MeetingState` to the view models of the meeting components
 * (part 2). Types only come from `@digikokous/procedure` and `@digikokous/meeting-schema`: nothing of the engine
 * or of zod is bundled.
 */
export { chairCommands, nextItemId, IRREVERSIBLE } from '../chair-console/commands.js';
export { proposalsView, votingOrderView } from '../proposals/adapter.js';
export { rollCallView } from '../roll-call/adapter.js';
export { publicView } from '../public-view/adapter.js';
