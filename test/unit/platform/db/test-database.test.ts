import { assertTestDatabaseName, testDatabaseName } from '../../../support/database';

describe('test database names', () => {
  test('a worker database name ends in _test and is accepted', () => {
    expect(testDatabaseName('3')).toBe('tessera_w3_test');
    expect(() => {
      assertTestDatabaseName(testDatabaseName('3'));
    }).not.toThrow();
  });

  test.each(['tessera', 'tessera_production', 'test', 'tessera_test_1', 'admin', '_test_not', 'tessera_w1_test.x'])(
    '"%s" is refused with a message naming it',
    (name) => {
      expect(() => {
        assertTestDatabaseName(name);
      }).toThrow(`refusing to use database "${name}" for tests`);
    },
  );
});
