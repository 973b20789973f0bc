/** The measured delivery (pace, pauses, fillers) of a stored recording, for the analysis. */
import type { MeasuredDelivery } from '../core/analysis/index.js';
import { measuredDelivery } from '../core/delivery/index.js';
import type { Recording } from '../store/index.js';

export function deliveryOfRecording(rec: Recording): MeasuredDelivery | undefined {
  return measuredDelivery({ durationSec: rec.durationSec, transcript: rec.transcript as Parameters<typeof measuredDelivery>[0]['transcript'] });
}
