/** @packageDocumentation Digital security of remote and hybrid municipal meetings on jose: identification, meeting tokens, signed minutes, access to confidential material, a tamper-evident audit log, identity codes and redaction. */
export {};
