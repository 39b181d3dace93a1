/** @packageDocumentation The information management model (Tiedonhallintalaki 906/2019), the records-management plan (JHS 191), DPIA and change-impact assessment as typed, validated data. */
export {};
