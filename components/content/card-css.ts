/**
 * The card's stylesheets, as text for its shadow root (mount-card.tsx puts them there): the
 * shared controls and each part's CSS beside it. The design tokens are already in that shadow
 * root (the Score button's stylesheet carries them). A unit test checks that every stylesheet
 * the card's components import is listed here.
 */

import scoreCard from '../ScoreCard.css?inline';
import sparkline from '../Sparkline.css?inline';
import audienceLanguages from '../score-card/audience-languages.css?inline';
import copyDiagnostics from '../score-card/CopyDiagnostics.css?inline';
import dataQuality from '../score-card/DataQuality.css?inline';
import evidence from '../score-card/Evidence.css?inline';
import queueBar from '../score-card/QueueBar.css?inline';
import reasons from '../score-card/Reasons.css?inline';
import subScores from '../score-card/SubScores.css?inline';
import controls from '../styles/controls.css?inline';

export const CARD_CSS = [
  controls,
  scoreCard,
  sparkline,
  reasons,
  subScores,
  evidence,
  audienceLanguages,
  dataQuality,
  copyDiagnostics,
  queueBar,
].join('\n');
