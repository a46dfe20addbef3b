import { describe, expect, it } from 'vitest';
import { orderByForeignKeys } from './table-order.ts';

describe('orderByForeignKeys', () => {
  it('puts every table after the tables it refers to, ties by name', () => {
    const order = orderByForeignKeys(
      ['organisations', 'users', 'cities', 'audit_events', 'sessions'],
      [
        { from: 'organisations', to: 'cities' },
        { from: 'users', to: 'organisations' },
        { from: 'users', to: 'cities' },
        { from: 'sessions', to: 'users' },
      ],
    );
    expect(order).toEqual(['audit_events', 'cities', 'organisations', 'users', 'sessions']);
  });

  it('refuses a cycle and a table referring to itself, by name', () => {
    expect(() =>
      orderByForeignKeys(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow('cycle among: a, b');
    expect(() => orderByForeignKeys(['a'], [{ from: 'a', to: 'a' }])).toThrow('refers to itself');
  });
});
