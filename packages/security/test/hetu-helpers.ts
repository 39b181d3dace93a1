// Builds identity codes from the published rules (security-rules.md §4.1), independently of
// the code under test: the control character is computed here with its own table.
const TABLE = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export function makeHetu(birth: string, sign: string, individual: number): string {
  const [y = '', m = '', d = ''] = birth.split('-');
  const nine = `${d}${m}${y.slice(2)}${String(individual).padStart(3, '0')}`;
  return `${d}${m}${y.slice(2)}${sign}${String(individual).padStart(3, '0')}${TABLE[Number(nine) % 31]}`;
}

export function withWrongCheck(code: string): string {
  const last = code.slice(-1);
  const i = TABLE.indexOf(last);
  return code.slice(0, -1) + TABLE[(i + 1) % 31];
}

export function makeBusinessId(seven: string): string | null {
  const w = [7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 7; i++) s += Number(seven[i]) * (w[i] ?? 0);
  const r = s % 11;
  if (r === 1) return null;
  return `${seven}-${r === 0 ? 0 : 11 - r}`;
}
