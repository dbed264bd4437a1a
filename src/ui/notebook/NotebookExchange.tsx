import { useRef, useState } from 'react';
import { plural, t } from '../../core/i18n/translate';
import { linkProblemText } from '../../core/link';
import { type ImportProblem, notebookFileText, parseNotebookFile } from '../../core/notebook';
import { messageOf } from '../../core/util/messageOf';
import { usePlayground } from '../../store/usePlayground';

/** What the last import did: still reading, added runs, or refused with its problems. */
type ImportOutcome =
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'done'; readonly file: string; readonly added: number; readonly duplicates: number }
  | {
      readonly kind: 'refused';
      readonly file: string;
      readonly problems: readonly ImportProblem[];
      readonly problemCount: number;
    };

/** The file an export is saved as: the app's name and today's date. */
const exportFileName = (now: Date): string =>
  `training-playground-notebook-${now.toISOString().slice(0, 10)}.json`;

/** Saves text as a file through the browser's download. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The download has its own copy once started; the next task may let the memory go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Where in the file a problem is, then what it is. */
function ProblemLine({ problem }: { readonly problem: ImportProblem }) {
  const where =
    problem.run === null
      ? ''
      : problem.field === ''
        ? t('notebook.importWhereRun', { run: problem.run })
        : t('notebook.importWhere', { run: problem.run, field: problem.field });
  return (
    <li>
      {where && <span className="notebook-import-where">{where} </span>}
      {linkProblemText(problem.message)}
    </li>
  );
}

function OutcomeLine({ outcome }: { readonly outcome: ImportOutcome }) {
  switch (outcome.kind) {
    case 'reading':
      return <p className="hint">{t('notebook.importWaiting', { file: outcome.file })}</p>;
    case 'done':
      return (
        <p className="notebook-import-done">
          {outcome.added === 0
            ? t('notebook.importNothingNew', { file: outcome.file })
            : t('notebook.importDone', { file: outcome.file, added: outcome.added })}
          {outcome.added > 0 && outcome.duplicates > 0 && ' '}
          {outcome.added > 0 &&
            outcome.duplicates > 0 &&
            t('notebook.importDuplicates', { count: outcome.duplicates })}
        </p>
      );
    case 'refused':
      return (
        <div className="notebook-problem" role="alert">
          <p>{t('notebook.importRefused', { file: outcome.file })}</p>
          <ul>
            {outcome.problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a list drawn once, never reordered
              <ProblemLine key={index} problem={problem} />
            ))}
          </ul>
          {outcome.problemCount > outcome.problems.length && (
            <p>{plural('notebook.importMore', outcome.problemCount - outcome.problems.length)}</p>
          )}
        </div>
      );
  }
}

/** Export of the whole notebook as a JSON file, and import of one: checked whole first, never replacing a kept run. */
export function NotebookExchange() {
  const records = usePlayground((state) => state.notebookRecords);
  const isLoaded = usePlayground((state) => state.isNotebookLoaded);
  const importRecords = usePlayground((state) => state.importRecords);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const readFile = async (file: File): Promise<void> => {
    setOutcome({ kind: 'reading', file: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      const problem: ImportProblem = {
        run: null,
        field: '',
        message: { key: 'notebook.import.notJson', params: { detail: messageOf(error) } },
      };
      setOutcome({ kind: 'refused', file: file.name, problems: [problem], problemCount: 1 });
      return;
    }
    const parsed = parseNotebookFile(text);
    if (!parsed.isValid) {
      setOutcome({ kind: 'refused', file: file.name, ...parsed });
      return;
    }
    const { added, duplicates } = await importRecords(parsed.records);
    setOutcome({ kind: 'done', file: file.name, added, duplicates });
  };

  return (
    <div className="notebook-exchange">
      <button
        type="button"
        disabled={records.length === 0}
        onClick={() => download(notebookFileText(records, Date.now()), exportFileName(new Date()))}
      >
        {t('notebook.export')}
      </button>
      <label className="notebook-import">
        {t('notebook.import')}{' '}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={!isLoaded}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void readFile(file);
            // The same file may be chosen again after it is fixed.
            if (input.current) input.current.value = '';
          }}
        />
      </label>
      <div aria-live="polite">{outcome && <OutcomeLine outcome={outcome} />}</div>
    </div>
  );
}
