/**
 * The five recommendations at a glance: a bar per recommendation for the
 * share of its criteria met, drawn with Views, and the status in words
 * beside it, so the chart never carries meaning by colour or length alone.
 * A recommendation where nothing could be scored gets an empty track and
 * its status, never a bar of zero.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { RecommendationResult } from '../../assessment/result';
import { LINE, STATUS_COLOUR } from '../styles';
import type { Wording } from '../wording';

const s = StyleSheet.create({
  chart: { marginTop: 4 },
  row: { flexDirection: 'row', alignItems: 'center', paddingVertical: 2 },
  name: { width: '40%', fontSize: 10, lineHeight: 1.3, paddingRight: 6 },
  track: { width: '32%', height: 10, backgroundColor: '#e6e9ee', borderWidth: 0.5, borderColor: LINE },
  status: { width: '28%', fontSize: 10, lineHeight: 1.3, fontWeight: 700, paddingLeft: 8 },
});

export function StatusChart({ recommendations, w }: { recommendations: RecommendationResult[]; w: Wording }) {
  return (
    <View style={s.chart} wrap={false}>
      {recommendations.map((rec) => {
        const colour = STATUS_COLOUR[rec.status];
        const share = rec.share === null ? null : Math.min(1, Math.max(0, rec.share));
        return (
          <View key={rec.id} style={s.row}>
            <Text style={s.name}>{`${Number(rec.id.slice(1))}. ${w.recommendationShort(rec.id)}`}</Text>
            <View style={s.track}>{share !== null && <View style={{ width: `${(share * 100).toFixed(1)}%`, height: '100%', backgroundColor: colour }} />}</View>
            <Text style={[s.status, { color: colour }]}>{share === null ? w.status(rec.status) : `${w.status(rec.status)} · ${w.percent(share)}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
