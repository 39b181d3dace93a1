/** @packageDocumentation The procedure rules of Finnish municipal decision-making: quorum, voting order, votes, elections, deadlines with Finnish holidays, the electronic decision procedure, the meeting log and the minutes. */
export {};
