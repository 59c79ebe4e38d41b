import { INDICATOR_LABELS, LIGHT_LABELS } from '../../../domain/monitoring/indicatorLabels'
import type { IndicatorResult } from '../../../domain/monitoring/indicatorTypes'

const shown = (value: IndicatorResult['value']) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'boolean'
      ? value
        ? ' да'
        : ' нет'
      : ` ${Number.isInteger(value) ? value : value.toFixed(2)}`

/**
 * One indicator of one org: a coloured cell with a sign and the measured value; the reason
 * appears on hover and on focus (the sign is focusable) and is read out as its description.
 */
export function LightCell({ result, cellId }: { result: IndicatorResult; cellId: string }) {
  const { sign, word } = LIGHT_LABELS[result.light]
  return (
    <td className={`mon-light mon-${result.light}`}>
      <span className="mon-chip" tabIndex={0} aria-describedby={cellId}>
        <span aria-hidden="true">{sign}</span>
        <span className="mon-sr">
          {INDICATOR_LABELS[result.id]}: {word}
        </span>
        {shown(result.value)}
      </span>
      <span className="mon-tip" role="tooltip" id={cellId}>
        {result.reason}
      </span>
    </td>
  )
}
