import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyComment, classifyComments, spamRule } from '@/lib/scoring/comment-classifier';
import { fold, hasObfuscatedUrl, hasUrl, unstyle } from '@/lib/scoring/normalise-text';
import { comment, post } from './builders';

/**
 * One block per rule family added for real comments. Every sentence here was written for this
 * test (none is copied from a labelled corpus); each family has cases it must catch and the
 * ordinary comments it must leave alone.
 */

const isSpam = (text: string) => classifyComment(text).class === 'spam';

describe('styled and look-alike letters are folded before matching', () => {
  it('folds mathematical, small-capital, fullwidth, circled and squared letters', () => {
    expect(fold('𝕄𝕒𝕜𝕖 𝐦𝐨𝐧𝐞𝐲 ᴏɴʟɪɴᴇ')).toBe('make money online');
    expect(fold('ＦＲＥＥ Ⓖⓘⓕⓣ 🅲🅰🆁🅳')).toBe('free gift card');
    expect(unstyle('𝓣𝓱𝓪𝓷𝓴 𝔂𝓸𝓾')).toBe('Thank you');
  });

  it('folds Cyrillic and Greek look-alikes only inside words that mix them with Latin letters', () => {
    // "Тrаding" with a Cyrillic Т and а; "Москва" stays Cyrillic.
    expect(fold('Тrаding signals')).toBe('trading signals');
    expect(fold('Москва')).toBe('москва');
    expect(fold('Großartig')).toBe('grossartig');
    expect(fold('Chef-d’Œuvre')).toBe('chef-d’oeuvre');
  });

  it('catches spam written in styled letters', () => {
    expect(spamRule('ᴅᴍ ᴍᴇ ꜰᴏʀ ᴛʀᴀᴅɪɴɢ ꜱɪɢɴᴀʟꜱ')).toBe('spam:dm');
    expect(spamRule('𝘊𝘩𝘦𝘤𝘬 𝘰𝘶𝘵 𝘮𝘺 𝘤𝘩𝘢𝘯𝘯𝘦𝘭 𝘧𝘰𝘳 𝘮𝘰𝘳𝘦')).toBe('spam:self-promo');
  });
});

describe('links', () => {
  it('reads "it", "me", "de" after a dot inside a sentence as words, not domains', () => {
    expect(hasUrl('i loved it.it was the best trip of my life')).toBe(false);
    expect(hasUrl('tell me.me too haha')).toBe(false);
    expect(classifyComment('I wanted to do.It took me three tries but the bread rose').class).not.toBe(
      'spam',
    );
  });

  it('still reads real links, with a path for the word-like endings', () => {
    expect(hasUrl('new drops at mylittleshop.it/sale')).toBe(true);
    expect(hasUrl('get yours at brandnew.com')).toBe(true);
    expect(hasUrl('watch?v=abc123XYZ_9 check it')).toBe(true);
  });

  it('catches domains written apart to dodge link filters', () => {
    for (const text of [
      'cheap watches at bestwatchdeals . com',
      'visit mybakingblog dot com for more',
      'sign up at easycash. com/join',
    ])
      expect(spamRule(text), text).toBe('spam:obfuscated-link');
    // Portuguese "com" (with) after a full stop is a word.
    expect(hasObfuscatedUrl('muito bom. com certeza vou fazer')).toBe(false);
  });

  it('does not count a link shared with the post’s own title as an advert', () => {
    const p = post({ id: 'v1', caption: 'Sunday Pancakes - Full Recipe' });
    const { judgements } = classifyComments(
      [
        comment('Sunday Pancakes - Full Recipe: https://youtu.be/abc123 sharing with my sister', {
          postId: 'v1',
        }),
      ],
      [p],
    );
    expect(judgements[0]?.class).not.toBe('spam');
  });
});

describe('self-promotion, subscribe and like bait', () => {
  it.each([
    ['Check out my channel for guitar covers!', 'spam:self-promo'],
    ['hey guys come listen to my new single, link on my page', 'spam:self-promo'],
    ["I'm a small youtuber trying to grow, it would mean a lot", 'spam:self-promo'],
    ['Check out this video on YouTube:', 'spam:self-promo'],
    ['Allez voir ma chaîne, je poste tous les jours', 'spam:self-promo'],
    ['Schaut mal auf meinem Kanal vorbei', 'spam:self-promo'],
    ['Please subscribe to me, trying to reach 500 subscribers before summer', 'spam:subscribe'],
    ['sub 4 sub anyone? i always sub back', 'spam:follow-for-follow'],
    ['Suscríbete a mi canal porfa', 'spam:follow-for-follow'],
    ['I just started a new gaming channel, first video is up', 'spam:self-promo'],
    ['would really appreciate it if i got some subs this week', 'spam:subscribe'],
    ['Like this comment if you are watching at 3am', 'spam:like-bait'],
    ['please like my last post, it took me ages', 'spam:like-bait'],
  ] as const)('%j → %s', (text, rule) => {
    expect(spamRule(text)).toBe(rule);
  });

  it('leaves ordinary talk about a channel or subscribers alone', () => {
    for (const text of [
      'Since when does this band have its own channel?',
      'You are so close to a million subscribers, congrats!',
      'I love that your videos are always under ten minutes',
    ])
      expect(isSpam(text), text).toBe(false);
  });

  it('keeps promo pasted alike by several accounts as spam, not as a generic duplicate', () => {
    const comments = ['a', 'b', 'c'].map((author) => comment('Check out this video on YouTube:', { author }));
    const { judgements } = classifyComments(comments, []);
    expect(judgements.map((j) => j.rule)).toEqual(['spam:self-promo', 'spam:self-promo', 'spam:self-promo']);
  });
});

describe('direct messages', () => {
  it('flags asking readers to write privately', () => {
    expect(spamRule('DM me for a promo deal')).toBe('spam:dm');
    expect(spamRule('inbox me for the details, I can help')).toBe('spam:dm');
  });

  it('flags asking for a private message in words a reply could use', () => {
    expect(spamRule('@mara.k hit me in my dm')).toBe('spam:dm');
    expect(spamRule('text me on whatsapp for the full method')).toBe('spam:dm');
  });

  it('does not flag replies about messages already sent', () => {
    for (const text of [
      'check dm',
      'I sent you a DM yesterday',
      'replied to your dm 😊',
      'check your inbox babe',
    ])
      expect(spamRule(text), text).toBeUndefined();
  });

  it('does not read "md" inside an account name as a DM', () => {
    expect(spamRule('@dr.lee.md totally agree with you on this')).toBeUndefined();
  });
});

describe('investment testimonies', () => {
  it.each([
    ['I made $8,500 in 5 days with @anna.trades.fx, she is legit', 'spam:investment-testimony'],
    ['Deposited €500 and got a return of €4,900 within a week, still shocked', 'spam:investment-testimony'],
    ['turned my $2,000 into $19,000 in two weeks, unbelievable', 'spam:investment-testimony'],
    ['All thanks to @mike_wealth_coach, my family is debt free now, god bless him', 'spam:account-testimony'],
    ['#linda__fx_ you changed my life, forever grateful for your honesty', 'spam:account-testimony'],
    ['so glad i came across @tom.grows.money, best decision of my life', 'spam:account-testimony'],
  ] as const)('%j → %s', (text, rule) => {
    expect(spamRule(text)).toBe(rule);
  });

  it('leaves money talk without a testimony alone', () => {
    for (const text of [
      'We paid off $32k of debt in two years, cooking at home helped the most',
      'I invest $200 a month in index funds since 2019',
      'Got my tax return of $1,200 and put it all in savings',
      'Our rent went from $1,400 to $1,900, this is crazy',
    ])
      expect(isSpam(text), text).toBe(false);
  });

  it('does not treat thanking the creator as crediting another account', () => {
    const text = 'Thank you @budget.with.bea, your plan changed my life, we are debt free since March';
    const alone = classifyComment(text);
    const asCreator = classifyComments([comment(text)], [], { creator: 'budget.with.bea' }).judgements[0];
    expect(alone.class).toBe('spam');
    expect(asCreator?.class).not.toBe('spam');
  });

  it('takes the creator from a creator reply when the profile handle is not given', () => {
    const text = 'Thank you @budget.with.bea, your plan changed my life, we are debt free since March';
    const { judgements } = classifyComments(
      [
        comment(text, { author: 'fan1' }),
        comment('thank you so much!', { author: 'budget.with.bea', isCreatorReply: true }),
      ],
      [],
    );
    expect(judgements[0]?.class).not.toBe('spam');
  });
});

describe('crypto: token pumps versus ordinary talk', () => {
  it('flags promoting a token', () => {
    expect(spamRule('#moonrocket is the next 100x gem, buy and hold 🚀')).toBe('spam:token-pump');
    expect(spamRule('presale is live now, contract address below')).toBe('spam:token-pump');
    expect(spamRule('buy and hold $zorb before the launch of the app')).toBe('spam:token-pump');
  });

  it('leaves ordinary talk on crypto accounts alone', () => {
    for (const text of [
      'btc 🚀',
      'Bitcoin to the moon!',
      'just bought more eth lol',
      '#tothemoon 🚀🚀',
      'which wallet do you use for crypto?',
      'bitcoin will hit 100k this year, mark my words',
    ])
      expect(isSpam(text), text).toBe(false);
  });
});

describe('donation, recovery and giveaway scams', () => {
  it.each([
    ['please donate usdt to me, my family needs help', 'spam:donation'],
    ['send me btc at 1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'spam:donation'],
    ['our shop burned down, any help counts: de89370400440532013000', 'spam:donation'],
    ['lost funds to a fake broker? a recovery expert got mine back', 'spam:recovery'],
    ["I'm paying $500 to the first 10 people who reply", 'spam:giveaway'],
    ['free gift card codes every day', 'spam:giveaway'],
  ] as const)('%j → %s', (text, rule) => {
    expect(spamRule(text)).toBe(rule);
  });
});

describe('sending readers to another account', () => {
  it.each([
    ['message @katie.m.trades she can guide you 😊', 'spam:contact-account'],
    ['kindly reach out to @recover_pro on instagram for help now', 'spam:contact-account'],
    ['Schreib @anlage.profi für mehr Infos', 'spam:contact-account'],
    ['connect with mrs. jane miller, she changed everything for me', 'spam:contact-account'],
    ['investing with @elena.markets will be the best choice you make this year', 'spam:account-testimony'],
    ['start making good profit with @sarah.grows__ today', 'spam:account-testimony'],
  ] as const)('%j → %s', (text, rule) => {
    expect(spamRule(text)).toBe(rule);
  });

  it('reads a mention split from its name by emoji or spaces as a mention', () => {
    expect(spamRule('so grateful, my account grew so much, all thanks to @➡️nina_fx_trading')).toBe(
      'spam:account-testimony',
    );
    expect(spamRule('investing with @ ➡️ clara.trades was the best choice')).toBe('spam:account-testimony');
  });

  it('reads "a professional trader @…" and a house bought "thanks to @…" as testimonies', () => {
    expect(spamRule('this is what it looks like to invest with a professional trader @paul.james21')).toBe(
      'spam:account-testimony',
    );
    expect(spamRule('we bought a house worth $240k thanks to @olivia.signals')).toBe(
      'spam:investment-testimony',
    );
  });

  it('leaves tags of friends, replies and the creator alone', () => {
    for (const text of [
      'say hi to @tom.k from me',
      'I told @mike about this place',
      '@lisa_ you need to see this right now',
    ])
      expect(isSpam(text), text).toBe(false);
    const { judgements } = classifyComments(
      [comment('message @bea.bakes for the recipe, she answers fast')],
      [],
      {
        creator: 'bea.bakes',
      },
    );
    expect(judgements[0]?.class).not.toBe('spam');
  });
});

describe('accounts named like scam accounts', () => {
  it('flags a comment signed off with an account padded with underscores, or crediting an account named after money', () => {
    expect(spamRule('believe in the process and stay patient, success will come @debra_valle__')).toBe(
      'spam:scam-named-account',
    );
    expect(spamRule('she is the best there is, no doubt about it @build.wealth.with.sam')).toBe(
      'spam:scam-named-account',
    );
  });

  it('flags a short comment that credits a name padded with three underscores or more', () => {
    expect(spamRule('job well done 👏 #nora____hale')).toBe('spam:scam-named-account');
  });

  it('leaves short tags and friends named inside a sentence alone', () => {
    for (const text of ['lol @lisa_', 'my friend @tom_ took this photo of us at the lake last summer'])
      expect(isSpam(text), text).toBe(false);
  });
});

describe('like chains, promoted covers, romance, loans, winners, verification badges', () => {
  it.each([
    ["Thumbs up if you're watching in 2024", 'spam:like-bait'],
    ['Like if you came here from TikTok', 'spam:like-bait'],
    ['share this to 10 people or you will have bad luck', 'spam:like-bait'],
    ['how many thumbs up for the drummer', 'spam:like-bait'],
    ['We did a cover of this song, would love your thoughts', 'spam:self-promo'],
    ['take a second and listen to my new track', 'spam:self-promo'],
    ['looking for a sugar daddy, weekly allowance paid', 'spam:romance'],
    ["hello dear, can we be friends? i'm new here", 'spam:romance'],
    ['do you need a quick loan? low interest', 'spam:money'],
    ['I can guide you through the process step by step', 'spam:money'],
    ['Congratulations, you have been selected as one of our lucky winners', 'spam:giveaway'],
    ['get your account verified with a blue tick in 24h', 'spam:recovery'],
    ['just received my first payout, thank you so much', 'spam:investment-testimony'],
  ] as const)('%j → %s', (text, rule) => {
    expect(spamRule(text)).toBe(rule);
  });

  it('leaves the ordinary uses of the same words alone', () => {
    for (const text of [
      "I'd like if you made more videos",
      'I like it if the sauce is thicker',
      'Sugar baby watermelons are the sweetest',
      'Got my tax return of $1,200 and put it in savings',
      'How many likes does it take to get on the front page?',
    ])
      expect(isSpam(text), text).toBe(false);
  });
});

/** Each text classed generic (or each not), the text named when one is not. */
const expectGeneric = (texts: readonly string[]) => {
  for (const text of texts) expect(classifyComment(text).class, text).toBe('generic');
};
const expectNotGeneric = (texts: readonly string[]) => {
  for (const text of texts) expect(classifyComment(text).class, text).not.toBe('generic');
};

describe('template bot praise in the six languages is generic', () => {
  it.each([
    'Wirklich großartig! Vielen Dank für deine tolle Mühe! 🌻🌼',
    'Sehr lehrreich und spannend! Danke für diese Inhalte! 🍀✨',
    'Einfach bezaubernd! Danke fürs Teilen! 🌈',
    'Superbe travail ! Merci pour ton énergie ! ✨',
    '¡Increíble trabajo! ¡Gracias por compartir tu talento! 💫',
    'Que vídeo incrível! Obrigado por compartilhar! 🌟',
    'Lavoro fantastico! Grazie per la tua passione! 🌸',
    'Absolutely wonderful! Thank you for your dedication! 🌺',
  ])('%j', (text) => {
    expect(classifyComment(text).class).toBe('generic');
  });

  it('keeps ordinary German comments out of generic', () => {
    for (const text of [
      'Bei Minute 4 hast du dich verrechnet, es sind 12 und nicht 15',
      'Nicht lustig.',
      'Tolles Video, aber die Musik ist viel zu laut',
      'Ich hab das auch probiert, hat bei mir nicht funktioniert',
      'Schon wieder Werbung, nervt langsam',
      'Welche Kamera benutzt du für die Unterwasseraufnahmen?',
    ])
      expect(classifyComment(text).class, text).not.toBe('generic');
  });

  it('reads "What a …" / "Wie schön …" openers as exclamations, not questions, when praise follows', () => {
    expect(classifyComment('Was für eine wunderschöne Landschaft 😍').class).toBe('generic');
    expect(classifyComment('What a beautiful place to wake up 😍').rule).not.toBe('substantive:question');
    expect(classifyComment('Wie funktioniert das mit der Steuer').rule).toBe('substantive:question');
  });

  it('on the project’s own German set: template praise is generic, ordinary comments are not, casual remarks mostly not', () => {
    const own = JSON.parse(
      readFileSync(new URL('../../fixtures/comments/de-bot-praise.json', import.meta.url), 'utf8'),
    ) as { bot: string[]; human: string[]; casual: string[] };
    const generic = (t: string) => classifyComment(t).class === 'generic';
    const bots = own.bot.filter(generic).length / own.bot.length;
    const humans = own.human.filter(generic);
    const casual = own.casual.filter(generic).length / own.casual.length;
    console.log(
      `Own German set: template praise generic ${(bots * 100).toFixed(0)} % of ${own.bot.length}, casual remarks ${(casual * 100).toFixed(0)} % of ${own.casual.length}`,
    );
    // Measured 91 % and 33 % when the set was last enlarged; real German bot comments score
    // lower, and casual viewer praise fits under any video too (README, "Real comments").
    expect(bots).toBeGreaterThanOrEqual(0.85);
    expect(humans).toEqual([]);
    expect(casual).toBeLessThanOrEqual(0.4);
  });

  it('reads template praise written the bot way with the larger lexicon, casual praise with the core one', () => {
    // Template: single "!" sentences, addressed, thanking, ending on emoji.
    expectGeneric([
      'Wieder mal ein Volltreffer! Danke dir! 🎯👏',
      'Deine Stimme geht direkt unter die Haut! 🎶🥹',
      'Besser geht es nicht! Danke für deine Mühe! 💯🌸',
      'Ein Lied wie Balsam für die Seele! Danke! 🎶🌿',
    ]);
    // The same words written casually stay remarks.
    expectNotGeneric([
      'ohrwurm seit tagen, mein sohn singt es beim zähneputzen',
      'Hammer Stimme!!! hab ich gestern im Radio gehört',
    ]);
  });

  it('reads the template written as statements: sentences closed by one full stop, then a few different emoji', () => {
    expectGeneric([
      'Deine Videos sind einfach Balsam für die Seele. 🌿💞',
      'Man merkt, wie viel Liebe in diesem Video steckt. 💖🙏',
      'Was für eine schöne Überraschung, dieses Video zu entdecken. 🎁✨',
      'Ein absolutes Meisterwerk, mehr kann man dazu nicht sagen. 🏆✨',
      'Diese Aufnahme ist einfach traumhaft schön. Danke, dass du sie mit uns teilst. 🌸',
    ]);
    expectNotGeneric([
      // A clause of its own beside the praise, a question without its mark, a time in the video.
      'Tolle Stimme, erinnert mich an Adele. 🎤😍',
      'Sehr schön gespielt, welche Gitarre ist das. 🎸🙂',
      'Toll gesungen, die hohe Stelle bei 2:40 ist der Wahnsinn. 🎤🔥',
      'Wunderschöne Aufnahmen vom Königssee, da war ich 2019 auch. 🏞️😊',
      // Not the statement form: no capital, no closing stop, or one emoji typed over and over.
      'deine videos sind einfach balsam für die seele. 🌿💞',
      'Man merkt wie viel Liebe in diesem Video steckt 💖🙏',
      'Man merkt, wie viel Liebe in diesem Video steckt. ❤️❤️❤️❤️',
    ]);
  });

  it('reads an admiring question as praise, a real question as a question', () => {
    expectGeneric([
      'Wie kann man nur so talentiert sein? Großartig! 🌟🍒',
      'Wie schaffst du es nur, immer so kreativ zu sein? Einfach genial! 🎨🍀',
    ]);
    expect(classifyComment('Tolles Video! Wie lange hast du dafür geübt? 🎻😊').class).toBe('substantive');
    expect(classifyComment('Wie machst du das? Bei mir reißt der Faden immer.').class).not.toBe('generic');
  });

  it('in English, French, Spanish, Portuguese and Italian: template praise is generic, ordinary comments are not', () => {
    const sets = JSON.parse(
      readFileSync(new URL('../../fixtures/comments/bot-praise-multilingual.json', import.meta.url), 'utf8'),
    ) as Record<string, { bot: string[]; human: string[] } | string>;
    for (const [lang, set] of Object.entries(sets)) {
      if (typeof set === 'string') continue;
      const missed = set.bot.filter((t) => classifyComment(t).class !== 'generic');
      expect(missed.length / set.bot.length, `${lang}: ${missed.join(' | ')}`).toBeLessThanOrEqual(0.1);
      expect(
        set.human.filter((t) => classifyComment(t).class === 'generic'),
        lang,
      ).toEqual([]);
    }
  });

  it('does not read praise that is negated as praise', () => {
    expect(classifyComment('not good').class).not.toBe('generic');
    expect(classifyComment('Das Video ist nicht gut recherchiert').class).not.toBe('generic');
  });
});

describe('text dressed up in styled letters to slip past keyword filters', () => {
  it.each([
    ['𝐈 𝐰𝐚𝐬 𝐚 𝐛𝐞𝐠𝐢𝐧𝐧𝐞𝐫 𝐮𝐧𝐭𝐢𝐥 𝐈 𝐦𝐞𝐭 𝐭𝐡𝐞 𝐫𝐢𝐠𝐡𝐭 𝐦𝐞𝐧𝐭𝐨𝐫'],
    ['𝓣𝓱𝓲𝓼 𝓬𝓱𝓪𝓷𝓰𝓮𝓭 𝓶𝔂 𝔀𝓱𝓸𝓵𝓮 𝓵𝓲𝓯𝓮, 𝓽𝓻𝓾𝓼𝓽 𝓶𝓮'],
    ['ᴅᴏɴᴛ ᴍɪss ᴛʜɪs ᴄʜᴀɴᴄᴇ ᴛᴏᴅᴀʏ ꜰʀɪᴇɴᴅs'],
    ['ⓘ ⓖⓞⓣ ⓜⓨ ⓛⓘⓕⓔ ⓑⓐⓒⓚ ⓣⓗⓐⓝⓚⓢ'],
  ])('%j → spam:styled-letters', (text) => {
    expect(spamRule(text)).toBe('spam:styled-letters');
  });

  it('leaves a word or two of styled praise, and a styled word inside plain text, alone', () => {
    for (const text of [
      '𝓑𝓮𝓪𝓾𝓽𝓲𝓯𝓾𝓵 ❤️',
      '𝐋𝐎𝐕𝐄 𝐈𝐓',
      'This recipe is 𝐢𝐧𝐜𝐫𝐞𝐝𝐢𝐛𝐥𝐞, I made it twice this week for my family',
      'Where did you buy that lamp? It would look great in my living room',
    ]) {
      expect(spamRule(text), text).not.toBe('spam:styled-letters');
    }
  });
});
