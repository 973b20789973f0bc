/**
 * The engine's own English vocabulary: generic interview-answer wording, nothing company-specific
 * (company values and question targets come from the pack). Phrases use the cue syntax of
 * cues.ts, written in lemma form ("be", "have", "not" for "n't"); `=word` is an exact form.
 */
import { buildCueIndex, compileCue, type CueIndex } from './cues.js';

export const LEXICONS = {
  /** Setting the scene: where, when, what was going on. */
  situation: [
    'at my [last|previous|prior|old|former|first|current] [company|job|team|role|employer|startup|workplace|org]',
    'at the time', 'back then', 'back in', 'a few [year|month|week] ago', 'a couple of [year|month|week] ago', 'year ago', 'month ago',
    'when i [join|start|be|arrive|move|take]', 'when we [be|start]', 'shortly after i', 'soon after i', 'in my [first|second|last] [year|month|week|quarter]',
    'the context', 'for context', 'some context', 'background', 'the [problem|issue|situation|setup] be',
    'there be', 'we have [a|an|this|two|three|several|about]', 'our [team|company|service|system|product|app|group|org] be',
    'the [team|company|service|system|product|app|group|org|project|codebase|platform] be', 'we be [a|an|the|about|running|building|using|trying|migrating|struggling|preparing|about]',
    'use to', 'every [week|day|release|sprint|month|night|quarter|time]', 'keep [fail|break|crash|time|slip|page|growing]', 'at that point',
    'i be [a|an|the] [engineer|lead|manager|developer|scientist|analyst|pm|intern|owner|member|tech|senior|junior|new|only|data|product|staff|principal]',
    'i be on [a|the]', 'i work on', 'i be working', 'i be one of', 'i be responsible for [a|the|our] [service|system|team|product]',
    'we be [behind|late|under|over|losing|growing|short]', 'it be [a|an] [old|legacy|monolith|mess|startup]',
  ],
  /** The goal, responsibility or challenge the candidate faced. */
  task: [
    'my [job|task|role|goal|responsibility|mandate|assignment|mission|part|challenge] be', 'the [goal|task|challenge|ask|mandate|mission|objective|question] be',
    'our [goal|task|challenge|mandate|mission|objective] be', 'i be [responsible|accountable] for', 'i be ask to', 'i be task with', 'i be in charge',
    'i be [the|a] [owner|point] ', 'i own the', 'it be up to me', 'it fall to me', 'i be expect to', 'i be supposed to', 'i be charge with',
    'ask me to', 'want me to', 'need me to', 'task me', 'assign me', 'hand me',
    'i [need|have] to', 'i =had to', 'we [need|have] to', 'we =had to', 'i want to [make|find|get|understand|fix|prove|ship|convince|deliver]',
    'i decide i [need|have|want]', 'i set out to', 'my [aim|target|focus] be', 'the [deadline|target] be', 'i must', 'we must', 'to make sure',
    'i have [one|two|three|six|eight|ten|a few] [week|month|day|sprint|quarter]', 'the [bar|expectation] be', 'i be [hire|brought] [to|in]',
    'i volunteer to', 'i take on the', 'i offer to', 'i be pick to', 'i be [given|handed]', 'so the question be',
    'be my [job|responsibility|role|call|task|problem] to', 'be up to me', 'i be the one', 'the [ask|request|brief] be', 'with the goal of', 'the goal of',
    'i feel responsible', 'my [manager|boss|director|lead|vp|cto|ceo|team] ask me', 'i take it on', 'i be [hire|brought|bring] [in|to]',
    'the challenge for me', 'the [challenge|problem] i face', 'my [mandate|brief]', 'i give myself', 'i have until', 'i have [a|one|two|three|four|six] [week|month|day|sprint|quarter]',
    'the question be whether', '[decide|choose|figure out] whether', 'whether to', 'i want to make sure', 'i be determine to', 'it be my first',
    'i be [asked|expected|supposed|meant] to', 'i need to [figure|find|get|make|decide|convince|deliver|fix|cut|reduce|improve|ship|build|understand|turn|bring|keep]',
  ],
  /** Sequencing and doing words typical of the action part. */
  action: [
    'first ,', 'first i', 'i start by', 'i begin by', 'i start with', 'to do that', 'to start', 'then i', 'next i', 'next ,', 'after that', 'so i',
    'i also', 'i then', 'finally i', 'in parallel', 'at the same time i', 'i personally', 'i myself', 'on my side', 'my first step', 'step one',
    'i [set|sit|reach|write|roll|follow|kick|dig|pair|loop|step|lay|break|map|sign|open|turn] [up|down|out|off|into|in|back|through|with]',
    'i spend', 'i make sure', 'i [schedule|book|organize|host|run|facilitate|lead] [a|an|the|two|three|weekly|daily|one|several]',
    'i go [to|back|through|over]', 'i take [the|a|ownership|over]', 'i ask [him|her|them|the|my|for|each|if|whether|what]', 'i tell [him|her|them|the|my]',
    'i [propose|suggest|recommend|offer]', 'i [build|write|draft|create|design|prototype|implement|add|remove|replace|automate|instrument|refactor|rewrite|migrate|deploy|test]',
    'i [analyze|analyse|investigate|profile|trace|debug|reproduce|measure|benchmark|compare|review|audit|check|verify|validate|model|simulate|estimate]',
    'i [talk|speak|meet|call|message|email|interview|survey|shadow|visit]', 'i [present|share|show|walk|explain|document|publish|demo]',
    'i [negotiate|convince|persuade|push|argue|challenge|question|escalate|disagree|object]', 'i [coach|mentor|train|teach|help|support|unblock|delegate|hire]',
    'i [prioritize|prioritise|plan|split|scope|cut|defer|drop|pause|stop|focus|reorganize|restructure|decide|choose|pick|agree|commit]',
  ],
  /** Outcome wording. */
  result: [
    'as a result', 'in the end', 'at the end', 'by the end', 'ultimately', 'eventually', 'the result', 'the outcome', 'the impact', 'the upshot', 'end result',
    'that [lead|mean|result]', 'which [lead|mean|result]', 'this [lead|mean|result]', 'result in', 'lead to', 'end up', 'it turn out', 'turn out',
    'since then', 'ever since', 'to this day', 'today', 'now [the|it|we|our|every|most|this|that]', 'within [a|two|three|four|six|the|one]',
    'over the next', 'the following [week|month|quarter|year|release|sprint]', 'a [month|week|year|quarter] later', 'after [that|launch|the]',
    'go from', 'from * to', 'down from', 'up from', 'drop to', 'fell to', 'down to', 'up to', 'fewer', 'faster', 'cheaper', 'more than', 'less than',
    'on time', 'on schedule', 'under budget', 'ahead of schedule', 'without [an|any|a] [incident|outage|issue|problem|rollback]', 'zero [incident|outage|bug|page|complaint|defect|regression]',
    'success', 'successful', 'successfully', 'pay off', 'be adopt', 'be promote', 'get promote', 'be recognize', 'thank me', 'be praise', 'ask me to lead',
    'the [director|manager|vp|team|customer|client|cto|ceo|lead|partner|stakeholder|exec] [agree|approve|accept|adopt|thank|ask|decide|choose|sign]',
    'never [happen|fail|break|page|recur] again', 'have not [happen|break|fail|recur]', 'there have not be', 'there have be no', 'no longer',
    'without [any|a|an] [downtime|outage|incident|issue|problem|rollback|regression|complaint]', 'with no [downtime|outage|incident|issue|impact|regression]', 'no [downtime|impact]',
    'ahead of [plan|schedule|time]', 'a [week|month|day] early', 'for the rest of the', 'still [use|run|hold|in use]', 'be still', 'went live', 'go live',
  ],
  /** Verbs that report a change in a measure (result-flavoured when not the candidate's own doing). */
  outcome: [
    'reduce', 'cut', 'increase', 'improve', 'drop', 'grow', 'save', 'decrease', 'double', 'halve', 'triple', 'shrink', 'boost', 'rise', 'fall',
    'launch', 'ship', 'hit', 'exceed', 'beat', 'achieve', 'win', 'earn', 'recover', 'retain', 'lose', 'avoid', 'prevent', 'eliminate', 'stabilize',
    'stabilise', 'close', 'land', 'deliver', 'meet the', 'went live', 'go live', 'become', 'stay', 'remain', 'grow to',
  ],
  /** Reflection: lessons and what the candidate would do differently. */
  reflection: [
    'i learn', 'we learn', 'learn that', 'learn to', 'learn a', 'learn how', 'lesson', 'takeaway', 'take away', 'in hindsight', 'in retrospect', 'with hindsight',
    'look back', 'looking back', 'next time', 'if i [do|did|had|could] * again', 'if we [do|did|had|could] * again', 'if i [were|was] to do', 'if i could go back',
    'i would [=have|=do|now|still|push|start|ask|raise|involve|bring|write|test|check|talk|not|tell|make|spend|try|go|pick|choose|plan|run|set]',
    "i 'd [=have|=do|now|still|push|start|ask|raise|involve|bring|write|test|check|talk|not|tell|make|spend|try|go|pick|choose|plan|run|set]",
    'make the same [call|decision|choice] again', 'do it again', 'reinforce', 'confirm for me', 'good reminder', 'reminder', 'since then ,', 'afterwards i', 'after that i [make|start|change|add|always]',
    'i should have', 'we should have', 'i [now|always] [make|try|ask|start|check|write|raise|bring|involve|share]',
    'teach me', 'taught me', 'it show me', 'it remind me', 'i realize', 'i realise', 'i understand now', 'now i', 'these days i', 'from then on', 'since then i',
    'change how i', 'change the way i', 'i carry', 'i still [use|apply|do|think]', 'what i take', 'the big lesson', 'reflect', 'i now know', 'made me', 'make me realize',
    'differently', 'i wish i',
    'since then', 'ever since', 'anymore', 'is now how', 'be now how', 'keep the habit', 'still think about', 'should have [do|start|ask|move|act|raise|push|say|kill|stop|involve]',
    'i still [ask|check|write|keep|bring|make|run|start|try|insist|give|send|look]', 'to this day', 'now [my|our] team', 'now we [always|make|start|check|ask|run|write]',
  ],
  /** Talk about the talk, openers and closers, tangents. */
  meta: [
    'great question', 'good question', 'interesting question', 'tough question', 'let me think', 'let me tell you', 'i will tell you', "i 'll tell you", 'i can tell you',
    'i can think of', 'a good example', 'one example', 'an example', 'example would be', 'a time when', 'that be [it|the story|all|my answer|a good example]', 'so yeah', 'yeah',
    'hope that', 'make sense', 'i want to talk about', "i 'd like to talk about", 'i would like to talk about', 'i will share', 'sure ,', 'okay ,', 'ok ,', 'so ,',
    'right ?', 'thank you', 'now that i think about it', 'let me try to keep',
  ],
  /** Tangents: the speaker leaves the story. */
  tangent: [
    'anyway', 'long story short', 'by the way', 'i digress', 'where be i', 'side note', 'as an aside', 'fun fact', 'funny enough', "it 's funny", 'but that be another',
    'another story', 'other story', 'whole other', 'tangent', 'unrelated', 'totally different', 'get back to', 'go back to the', 'i remember one', 'i should say',
  ],
  /** Describing habits or character instead of a specific time. */
  habitual: [
    'i always', 'i usually', 'i generally', 'i typically', 'i normally', 'i tend to', 'i try to', 'i like to', 'i love to', 'i love', 'i =am [a|an|someone|the|very|really|pretty|quite|always|naturally|known]',
    "i ='m [a|an|someone|the|very|really|pretty|quite|always|naturally|known]", 'i =am', "i ='m", 'i consider myself', 'in general', 'generally ,', 'whenever', 'my approach be',
    'my style be', 'my philosophy', 'i believe in', 'i =believe that', 'i =think that', 'people say i', 'people describe me', 'i be the kind of', 'i be the type of', 'i be someone who',
    'i =do', 'i =make', 'i =work', 'i =value', 'i =focus', 'i =care', 'i =prefer', 'i =enjoy', 'i =get', 'i =have [a|always|never|strong]', 'you =have to', 'you =need to', 'you =should',
  ],
  /** Hypothetical answers ("I would …") about no particular time. */
  hypothetical: ['i would', "i 'd", 'i =will', "i ='ll", 'i =might', 'i =could', 'i =can', 'i =should', 'what i would do', 'if that happen', 'if i be in', 'in that situation', 'in that case'],
  /** Spoken fillers. */
  filler: ['=um', '=umm', '=uh', '=uhh', '=uhm', '=erm', '=er', '=ah', '=hmm', 'you know ,', ', you know', 'i mean ,', '=basically', '=literally', ', like ,', '=like ,', 'so yeah', 'kind of like', 'sort of like', '=actually ,'],
  /** Hedges that undercut a claim. */
  hedge: ['i =think', 'i =guess', 'i =suppose', 'i =feel like', 'i =believe', 'maybe', 'perhaps', 'probably', 'possibly', 'kind of', 'sort of', 'somewhat', 'more or less', 'i be not sure', "i ='m not sure", 'i =am not sure', 'hopefully', 'i =hope', 'not really sure', 'a little bit', 'i =might', 'might have', 'could have been', 'to some extent', 'in a way'],
  /** Vague wording. */
  vague: ['a lot', 'lots of', 'thing', 'stuff', 'various', 'etc', 'etc.', 'and so on', 'and so forth', 'some [issue|problem|change|improvement|thing|stuff|work|people]', 'somehow', 'whatever', 'a bunch', 'bunch of', 'many [thing|issue|people|problem]', 'several [thing|issue]', 'everything', 'all that', 'all kind', 'something like that', 'and stuff', 'some way', 'much better', 'really well', 'pretty well', 'very well'],
  /** Blame that holds whoever says it. */
  blame: ['not my fault', 'not our fault', 'take credit for', 'micromanage', 'their * be a mess', 'their fault', 'his fault', 'her fault', "'s fault", 'fault of', 'blame [them|him|her|it|the|their|his|our|my|qa|ops|management|leadership]', 'throw me under', 'under the bus', 'incompetent', 'clueless', 'useless', 'lazy', 'careless', 'sloppy', 'arrogant', 'rude', 'toxic', 'because of them', 'because of [their|his|her] [mistake|error|bug|change|delay|code|fault|lack|carelessness]', 'it be on them', 'not my [job|problem|call|responsibility]', 'nothing i could do', 'out of my hands', 'no one listen', 'nobody listen', 'would not listen'],
  /** Failings that count as blame when someone else is the subject. */
  blameOther: ['drop the ball', 'mess up', 'screw up', 'mess [it|things] up', 'not do [their|his|her] job', 'fail to [deliver|tell|test|communicate|follow|do]', 'never [deliver|test|communicate|tell]', 'ignore [my|our|the] [warning|advice|email|concern]', 'refuse to', 'make [a|the] mistake', 'break [prod|production|everything|checkout|the build|the site|the release]'],
  /** Denying the premise: never failed, never disagreed. */
  never: ['i * never * [fail|disagree|argue|conflict|mistake]', 'i * never * make * mistake', 'i * never * have * [conflict|disagreement|failure|mistake|problem|issue|fight]', 'i * never * [get|receive|had] * [negative|critical|bad|harsh|tough|constructive] feedback', 'i * not * [really|honestly|ever] [fail|disagree]', 'i [can|could] not think of [a|any|one] [time|example|failure|situation|conflict|mistake]', 'i can not think of', 'i =cannot think of', 'not [really|honestly] have [a|any] [failure|conflict|disagreement|mistake]', 'i do not make mistake', 'i do not [really|usually|ever] [fail|disagree|argue]', 'not think i * ever * [fail|disagree|mistake]', 'i * never * really * [fail|disagree]', 'i get along with everyone', 'everyone [always] agree with me', 'never [really|actually] fail', 'i [can|could] not [really|honestly|actually|quite] think of', 'can not think of [a|any|one] [time|example|failure|situation|conflict|mistake|real]', 'i would not say i * [have|had] * [setback|failure|conflict|disagreement]', 'not [really] have [a|any] [real|big|major] [setback|failure|conflict|disagreement]'],
  /** Things going wrong: the problem a story starts from (or a failure's outcome). */
  problem: [
    'fail', 'failing', 'time out', 'timing out', 'crash', 'slow', 'error', 'outage', 'broken', 'break', 'complain', 'complaint', 'churn', 'struggle', 'delay',
    'late', 'behind', 'stuck', 'leak', 'bug', 'incident', 'backlog', 'flaky', 'confusion', 'frustrate', 'block', 'risk', 'problem', 'issue', 'pain', 'manual',
    'legacy', 'drift', 'harsh', 'hard to', 'keep [fail|break|crash|time|slip|page|miss]', 'no one own', 'nobody own', 'too [slow|many|much|long|few|big|large|hard]',
    'not [support|scale|work|adopt|trust|know|use|catch]', 'without', 'lack', 'missing', 'dismiss', 'defensive', 'worry', 'bloat', 'stale', 'expensive',
  ],
  /** Things going well: the shape of an outcome. */
  good: [
    'improve', 'success', 'successful', 'successfully', 'save', 'recover', 'on time', 'on schedule', 'zero', 'no [incident|issue|outage|downtime|problem|complaint|regression]',
    'faster', 'cheaper', 'happy', 'proud', 'thank', 'adopt', 'approve', 'agree', 'promote', 'win', 'smooth', 'smoothly', 'stable', 'better', 'best', 'praise',
    'trust', 'renew', 'sign', 'fell', 'drop to', 'down to', 'cut [it|the|our|latency|cost|time]', 'reduce', 'under budget', 'ahead of', 'still use', 'become [one|the|a]',
  ],
  /** The answer is about a failure. */
  failure: ['not get', 'reject', 'turn down', 'pass over', 'miss out', 'setback', 'fail', 'failure', 'mistake', 'miss', 'wrong', 'break', 'outage', 'incident', 'bug', 'my fault', 'mess up', 'screw up', 'go badly', 'go wrong', 'not work', 'underestimate', 'overestimate', 'slip', 'late', 'regret', 'misjudge', 'wrong call', 'drop the ball', 'fall short', 'lose', 'roll back', 'rollback', 'revert', 'cost us', 'flop', 'backfire', 'blunder', 'my call', 'i be wrong', 'delay', 'miss the deadline', 'embarrassing', 'post-mortem', 'postmortem', 'apologize', 'apologise', 'own it', 'own the mistake', 'take responsibility', 'should have', 'not catch', 'overlook', 'assume', 'overcommit', 'blame myself', 'nobody use', 'no one use', 'do nothing', 'flat', 'not move', 'go nowhere', 'not pan out', 'waste', 'not ready', 'miss [the|our|a|my] [date|deadline|target|goal]', 'worse'],
  /** The answer is about a disagreement. */
  conflict: ['disagree', 'disagreement', 'push back', 'pushback', 'argue', 'argument', 'conflict', 'object', 'objection', 'challenge', 'oppose', 'tension', 'clash', 'debate', 'not agree', 'convince', 'persuade', 'different [view|opinion|approach|idea|take]', 'friction', 'raise [a|my|the|some|our] concern', 'concern', 'escalate', 'heated', 'frustrate', 'at odds', 'see it differently', 'not on board', 'resist', 'resistance', 'contest', 'not convinced', 'want to [go|ship|use|build] [a|the|with]', 'question the', 'but i think', 'i believe the',
    'refuse', 'say no', 'stand up', 'be wrong', 'inflate', 'misleading', 'point out', 'speak up', 'say something', 'call out', 'raise [it|this|the issue|a flag]', 'not comfortable', 'overrule', 'fight', 'make the case', 'case against', 'push for', 'blame', 'not fair', 'unfair', 'furious', 'upset', 'angry', 'let it go', 'worried', 'bring it up', 'uncomfortable', 'awkward', 'give ground', 'stop talking', 'unpopular', 'in front of'],
  /** The answer is about feedback. */
  feedback: ['tell [him|her|them]', 'give [him|her|them] * feedback', 'talk to [him|her|them] about', 'mention it to', 'bring it up with', 'feedback', 'criticism', 'critique', 'criticize', 'criticise', 'critical', 'point out', 'tell me that', 'tell me i', 'say that i', 'performance review', '[my|his|her|their|mid-year|annual|year-end] * review', 'coach', 'constructive', 'call out', 'call me out', 'hard conversation', 'difficult conversation', 'one-on-one', '1:1', 'blunt', 'candid', 'honest', 'hear that', 'tell [him|her|them] that', 'perception', 'tell me', 'has to change', 'need to change', 'worried that', 'expectation', 'accountable', 'hard to hear', 'book * with [him|her|them]'],
  /** The answer is about a decision. */
  decision: ['decide', 'decision', 'choose', 'option', 'trade-off', 'tradeoff', 'trade off', 'make the call', 'call', 'weigh', 'pick', 'alternative', 'judgment', 'judgement', 'prioritize', 'prioritise', 'bet', 'risk', 'instead of', 'rather than', 'go with'],
  /** Anchors in time that mark a specific story. */
  anchor: ['last [year|quarter|month|spring|summer|fall|autumn|winter|week]', 'a few [year|month|week] ago', 'year ago', 'month ago', 'at my [last|previous|prior|former|current|first] [company|job|team|role|employer]', 'once', 'one time', 'in [q1|q2|q3|q4]', 'when i [join|be|start|work]', 'in my [first|last|second] [year|month|role|job]'],
} as const;

export type LexiconName = keyof typeof LEXICONS;

function build(): CueIndex<LexiconName> {
  const entries: { cue: ReturnType<typeof compileCue>; tag: LexiconName }[] = [];
  for (const name of Object.keys(LEXICONS) as LexiconName[]) {
    for (const phrase of LEXICONS[name]) entries.push({ cue: compileCue(phrase, { lemmatize: false }), tag: name });
  }
  return buildCueIndex(entries);
}

/** All lexicons in one index, compiled once at module load. */
export const LEXICON_INDEX: CueIndex<LexiconName> = build();

/** Lexicons that are about negative things, matched without the negation filter. */
export const NEGATION_BLIND: ReadonlySet<LexiconName> = new Set<LexiconName>(['problem', 'blame', 'never', 'failure', 'conflict', 'filler', 'hedge', 'vague', 'meta', 'tangent', 'habitual', 'hypothetical']);

/** Verbs that describe states rather than actions (never evidence of agency). */
export const STATIVE = new Set(['learn', 'realize', 'realise', 'understand', 'remember', 'be', 'have', 'seem', 'know', 'want', 'need', 'feel', 'like', 'love', 'hate', 'believe', 'think', 'mean', 'own', 'belong', 'remain', 'appear', 'look', 'sound', 'become', 'get', 'exist', 'include', 'contain', 'hope', 'wish', 'expect', 'use']);
