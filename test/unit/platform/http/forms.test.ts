import { safeReturnPath } from '../../../../src/platform/http/forms';

describe('safeReturnPath', () => {
  it.each([
    ['/modules/iot-smart-cities', '/modules/iot-smart-cities'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/ok\r\nSet-Cookie: x=y', '/'],
    [undefined, '/'],
    [42, '/'],
  ])('%p › %p', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
