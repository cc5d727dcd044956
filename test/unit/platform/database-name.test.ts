import { databaseNameFor } from '../../../src/platform/database-name';

describe('databaseNameFor', () => {
  it.each([
    ['mongodb://127.0.0.1:27017/', 'tessera'],
    ['mongodb://127.0.0.1:27017', 'tessera'],
    ['mongodb://db.example:27017/learning?replicaSet=rs0', 'learning'],
    ['mongodb+srv://user:pw@cluster.example/tessera_prod?retryWrites=true', 'tessera_prod'],
    ['mongodb://a:1,b:2/?replicaSet=rs0', 'tessera'],
  ])('%s › %s', (uri, name) => {
    expect(databaseNameFor(uri)).toBe(name);
  });
});
