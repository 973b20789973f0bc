/** Sample answers shared by benchmarks (our own words). */

/** A behavioral answer of about 400 words, STAR-shaped, with metrics and a lesson. */
export const ANSWER_400W = [
  'Last spring I was the senior engineer on the playback metadata team, and our director asked us to move the title-details service from a nightly batch export to a streaming pipeline before a big product launch.',
  'The launch was eight weeks away, the batch job already took four hours, and stale artwork and synopsis data were causing about 3% of title pages to show the wrong information for a day or more.',
  'My task was to own the migration plan, keep the existing service stable for roughly 40 million daily members, and make a clear recommendation about whether the new design was ready in time.',
  'First I wrote a one-page design that compared three options: keep the batch job and run it hourly, switch fully to Kafka-based streaming, or run both side by side for two weeks while we compared outputs.',
  'I chose the side-by-side approach because it let us measure correctness before we depended on the new path, and I explained the trade-off to the director: we would spend about 20% more compute for two weeks in exchange for a safe rollback.',
  'I built the comparison job myself, which diffed every record the two pipelines produced and published a mismatch rate to our dashboard every ten minutes.',
  'In the first week the mismatch rate was 1.8%, far above our 0.1% target, so I dug into the samples and found that out-of-order events were overwriting newer updates with older ones.',
  'I proposed adding version stamps to each record, paired with a teammate to implement idempotent writes, and I asked our data-platform partners to review the change because they knew the consumer library better than we did.',
  'I also told the director candidly that the launch date was at risk and offered two choices: ship on time with the batch path as primary, or slip the cut-over by one week.',
  'She chose the one-week slip, and I documented the decision and the reasons so the rest of the organisation understood it.',
  'After the fix, the mismatch rate dropped to 0.04%, and we cut over with no customer-facing incidents.',
  'Freshness improved from about four hours to under 90 seconds, wrong title pages fell from 3% to below 0.1%, and we retired the batch cluster, which saved around $180,000 a year.',
  'What I learned is that I should have tested ordering guarantees on day one instead of assuming the library handled them; I now put a small adversarial data test into every migration plan, and two other teams have reused the comparison job I built.',
  'If I did it again I would also share the risk with the director a week earlier, because the early warning is what made the trade-off easy for her to make.',
].join(' ');
