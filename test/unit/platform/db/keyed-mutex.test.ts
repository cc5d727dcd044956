import { KeyedMutex } from '../../../../src/platform/db/fallback/keyed-mutex';

/** A task that records when it starts and ends, and finishes only when released. */
function gatedTask(log: string[], name: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const task = async () => {
    log.push(`${name} start`);
    await gate;
    log.push(`${name} end`);
    return name;
  };
  return {
    task,
    release: () => {
      release();
    },
  };
}

describe('KeyedMutex', () => {
  test('runs tasks under one key one at a time, in arrival order', async () => {
    const locks = new KeyedMutex();
    const log: string[] = [];
    const a = gatedTask(log, 'a');
    const b = gatedTask(log, 'b');
    const first = locks.run('db.coll', a.task);
    const second = locks.run('db.coll', b.task);
    await Promise.resolve();
    a.release();
    b.release();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  test('runs tasks under different keys side by side', async () => {
    const locks = new KeyedMutex();
    const log: string[] = [];
    const a = gatedTask(log, 'a');
    const b = gatedTask(log, 'b');
    const both = Promise.all([locks.run('db.one', a.task), locks.run('db.two', b.task)]);
    await locks.run('db.three', () => Promise.resolve());
    expect(log).toEqual(['a start', 'b start']);
    a.release();
    b.release();
    await both;
  });

  test('a failing task passes its error on and does not block the next one', async () => {
    const locks = new KeyedMutex();
    await expect(locks.run('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks.run('k', () => Promise.resolve('next'))).resolves.toBe('next');
  });

  test('idle resolves once every queued task has settled', async () => {
    const locks = new KeyedMutex();
    const log: string[] = [];
    const a = gatedTask(log, 'a');
    const running = locks.run('k', a.task);
    const idle = locks.idle().then(() => log.push('idle'));
    a.release();
    await Promise.all([running, idle]);
    expect(log).toEqual(['a start', 'a end', 'idle']);
  });
});
