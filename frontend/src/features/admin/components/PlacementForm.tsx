import { KolInputCheckbox, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Placement, type TileSize } from '../../../shared/api';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { useFormAction } from '../../../shared/forms/useFormAction';
import { adminApi } from '../api/admin';
import { textField } from '../../../shared/forms/textField';
import '../../../i18n/adminTexts';
import { checkboxField } from '../../../shared/forms/checkboxField';

const TILE_SIZES: TileSize[] = ['small', 'medium', 'large'];
export const MAX_HALL_ORDER = 100_000;

/** Hall order, tile size and the featured flag of one booth. Mount it with the loaded placement. */
export function PlacementForm({ slug, placement }: { slug: string; placement: Placement }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [hallOrder, setHallOrder] = useState(String(placement.hallOrder));
  const [tileSize, setTileSize] = useState<TileSize>(placement.tileSize);
  const [featured, setFeatured] = useState(placement.featured);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const { message, failure, busy, clear, run } = useFormAction();

  const order = Number(hallOrder);
  const orderError =
    !/^\d+$/.test(hallOrder.trim()) || order > MAX_HALL_ORDER ? t('admin.placement.orderInvalid', { max: MAX_HALL_ORDER }) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    if (orderError) {
      setErrors({ hallOrder: [orderError] });
      return;
    }
    await run(async () => {
      await adminApi.place(slug, { hallOrder: order, tileSize, featured });
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: ['my-booths'] });
      void queryClient.invalidateQueries({ queryKey: ['booths'] });
      void queryClient.invalidateQueries({ queryKey: ['booth'] });
      void queryClient.invalidateQueries({ queryKey: ['audit', slug] });
      return t('admin.placement.saved');
    }, (error) => {
      if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
        setErrors(fieldErrors(error.problem.errors));
        return '';
      }
      return errorMessage(error, t);
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="placement-form" noValidate>
      {/* A text field: KoliBri's number field has step buttons without accessible names. */}
      <KolInputText
        _label={t('admin.placement.hallOrder')}
        _hint={t('admin.placement.hallOrderHint', { max: MAX_HALL_ORDER })}
        _pattern="[0-9]*"
        _required
        {...textField(hallOrder, setHallOrder, { touched: Boolean(errors.hallOrder), error: errors.hallOrder?.join(' ') })}
      />
      <KolSelect
        _label={t('admin.placement.tileSize')}
        _options={TILE_SIZES.map((size) => ({ label: t(`admin.placement.tile.${size}`), value: size }))}
        _value={tileSize}
        _touched={Boolean(errors.tileSize)}
        _msg={kolMsg(errors.tileSize?.join(' '))}
        _on={{ onInput: (_event: Event, value: unknown) => setTileSize(String(value) as TileSize) }}
      />
      <KolInputCheckbox
        _label={t('admin.placement.featured')}
        {...checkboxField(featured, setFeatured)}
      />
      <SubmitRow label={t('admin.placement.save')} busy={busy} />
      <Feedback message={message} failure={failure} />
    </form>
  );
}
