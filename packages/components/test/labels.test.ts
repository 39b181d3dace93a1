import { it } from 'vitest';
import { expect } from '@open-wc/testing';
import * as codes from '@digikokous/meeting-schema/codes';
import * as local from '../src/shared/labels.js';

// The components carry tree-shakable copies of the code-list labels they show; they must equal the source.
it('role, attendance-mode and speech-kind labels equal the meeting-schema code lists', () => {
  const plain = (r: object) => JSON.parse(JSON.stringify(r));
  expect(plain(local.roleLabels)).to.deep.equal(plain(codes.roleLabels));
  expect(plain(local.attendanceModeLabels)).to.deep.equal(plain(codes.attendanceModeLabels));
  expect(plain(local.speechKindLabels)).to.deep.equal(plain(codes.speechKindLabels));
  expect([...local.seatRoles]).to.deep.equal([...codes.seatRoles]);
});
