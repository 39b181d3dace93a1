/** @packageDocumentation Import meetings from Dynasty, Tweb and CaseM publications; export to OParl 1.1, the 6Aika Open Decision API and iCalendar. */
export {};
