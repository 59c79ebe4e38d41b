import * as migration_20261122_004745_initial from './20261122_004745_initial';

export const migrations = [
  {
    up: migration_20261122_004745_initial.up,
    down: migration_20261122_004745_initial.down,
    name: '20261122_004745_initial'
  },
];
