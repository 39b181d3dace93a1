/**
 * CaseM's HistoryTopics embed Votings, Draftsmen and Presenters as Python literals
 * (`[{'Title': 'x', 'Votes': {'Kyllä': ['A B']}}]`), not JSON. This reads that subset: lists, dicts,
 * quoted strings, numbers, True/False/None. Objects are created without a prototype, and depth is
 * bounded, so hostile input cannot pollute prototypes or overflow the stack.
 */
export function parsePythonLiteral(text: string, maxDepth = 32): unknown {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const fail = (msg: string): never => {
    throw new SyntaxError(`${msg} at ${i}`);
  };
  const value = (depth: number): unknown => {
    if (depth > maxDepth) fail('too deep');
    ws();
    const c = text[i];
    if (c === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return out;
      }
      for (;;) {
        out.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') {
            i++;
            return out;
          }
          continue;
        }
        if (text[i] === ']') {
          i++;
          return out;
        }
        fail('expected , or ]');
      }
    }
    if (c === '{') {
      i++;
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      ws();
      if (text[i] === '}') {
        i++;
        return out;
      }
      for (;;) {
        const k = value(depth + 1);
        ws();
        if (text[i] !== ':') fail('expected :');
        i++;
        out[String(k)] = value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') {
            i++;
            return out;
          }
          continue;
        }
        if (text[i] === '}') {
          i++;
          return out;
        }
        fail('expected , or }');
      }
    }
    if (c === "'" || c === '"') {
      const q = c;
      i++;
      let s = '';
      while (i < text.length && text[i] !== q) {
        if (text[i] === '\\' && i + 1 < text.length) {
          const n = text[i + 1] as string;
          s += n === 'n' ? '\n' : n === 't' ? '\t' : n;
          i += 2;
          continue;
        }
        s += text[i];
        i++;
      }
      if (i >= text.length) fail('unterminated string');
      i++;
      return s;
    }
    const m = /^(-?\d+(?:\.\d+)?|True|False|None)/.exec(text.slice(i, i + 40));
    if (m?.[1]) {
      i += m[1].length;
      return m[1] === 'True' ? true : m[1] === 'False' ? false : m[1] === 'None' ? null : Number(m[1]);
    }
    return fail('unexpected character');
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing text');
  return v;
}
