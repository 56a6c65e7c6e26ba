// The questionnaire's answers as the report shows them (no names: the report leaves the specialists).
import { formatInstant } from '../../../platform/domain/dates.js';

export interface AnswerSummary {
  text: string;
  answer: string;
  note: string;
  /** Latest answer time (UTC ISO) or null when unanswered. */
  answeredAt: string | null;
}

export function QuestionnaireSummary({ answers, href }: { answers: AnswerSummary[]; href: string }) {
  if (answers.length === 0) return <p class="empty">Årets frågor är inte upplagda ännu. <a href={href}>Till årsenkäten</a>.</p>;
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>Årsenkätens svar <a class="definition-link" href={href}>Till årsenkäten</a></caption>
        <thead><tr><th scope="col">Fråga</th><th scope="col">Svar</th><th scope="col">Bekräftat</th></tr></thead>
        <tbody>
          {answers.map((a) => (
            <tr>
              <th scope="row" safe>{a.text}</th>
              <td><span safe>{a.answer}</span>{a.note ? <span class="hint"> – <span safe>{a.note}</span></span> : ''}</td>
              <td>{a.answeredAt ? <span safe>{formatInstant(a.answeredAt)}</span> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
