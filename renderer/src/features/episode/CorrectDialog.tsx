// "Correct…": the entry's own form, pre-filled, with a reason; saved with entry.correct (the old version stays in the history).
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/api/methods/episode';
import { kindLabel } from './summaries';
import { Modal } from '../../ui/Modal';
import { useEpisodeActions } from './EpisodeActions';
import { ItemEditor, type EditableKind } from './ItemEditor';

export function CorrectDialog({ entry, kind, onClose }: { entry: EntryView; kind: EditableKind; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useEpisodeActions();
  const save = async (data: unknown, reason: string | null) => {
    await actions.correct(entry.id, data, reason ?? '');
    onClose();
  };
  return (
    <Modal title={t('checklist.correctionTitle', { item: kindLabel(entry.kind) })} onClose={onClose} testId="correct-dialog" wide>
      <ItemEditor kind={kind} data={entry.data} correcting onSave={save} onCancel={onClose} />
    </Modal>
  );
}
