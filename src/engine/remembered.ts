/**
 * `compute` with a memory of its answers by key, for pure functions asked the same questions
 * again and again (the explorer reads the same tags in every state, a check rates the same line
 * at every state that offers it). Past `limit` answers the memory starts afresh, so a long
 * session in the studio cannot grow it without end. Answers are shared: callers must not change them.
 */
export function remembered<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  };
}
