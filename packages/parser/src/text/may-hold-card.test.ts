import { describe, expect, it } from 'vitest';
import { wordsUnlessCard } from './may-hold-card.js';

const mayHoldCard = (text: string) => wordsUnlessCard(text) < 0;

describe('wordsUnlessCard', () => {
  it('lets through lines where a capitalised word comes back right after a name', () => {
    expect(mayHoldCard('Prime Minister Nikol Pashinyan Pashinyan NikolPrime Minister , and')).toBe(
      true,
    );
    expect(
      mayHoldCard(
        'Patriarch Kirill of Moscow and All Russia Kirill Patriarch of Moscow and All Russia , and',
      ),
    ).toBe(true);
    expect(mayHoldCard('GOVERNOR ARNOLD SCHWARZENEGGER Schwarzenegger Arnold : Thank you')).toBe(
      true,
    );
  });

  it('stops ordinary prose, counting its words', () => {
    expect(mayHoldCard('Russia and China agreed. Russia will supply gas to China.')).toBe(false);
    expect(mayHoldCard('We thank you, Mr President, for your kind words about Russia.')).toBe(
      false,
    );
    expect(wordsUnlessCard('Russia and China agreed. Russia will supply gas to China.')).toBe(10);
  });
});
