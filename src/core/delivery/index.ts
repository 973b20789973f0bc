export {
  deliveryMetrics,
  findFillers,
  normalizeWord,
  PACE_BANDS,
  type DeliveryMetrics,
  type DeliveryOptions,
  type DeliveryWord,
  type FillerHit,
  type PaceWindow,
  type Pause,
} from './metrics.js';
export { sentenceTimes, sentenceAt, type SentenceTime, type SpanLike } from './align.js';
export { measuredDelivery, type RecordingMeasures } from './measured.js';
