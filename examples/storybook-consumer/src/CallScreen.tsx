import { useBannerModel } from '@call-diagnostics/react';
import { Avatar, Badge, Button, makeStyles, Text, Toolbar, tokens } from '@fluentui/react-components';

const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson'];

const useStyles = makeStyles({
  screen: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    minHeight: '120px',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

/** What this app's control bar says about the call, from the kit's banner model. */
function useCallStatus(): { readonly label: string; readonly color: 'success' | 'warning' | 'danger' } {
  const banner = useBannerModel();
  if (banner.kind === 'callEnded') return { label: 'Call ended', color: 'danger' };
  if (banner.kind === 'none') return { label: 'Connected', color: 'success' };
  return { label: 'Network trouble', color: 'warning' };
}

/**
 * Our own call screen: a video tile grid and a control bar. It knows nothing about diagnostics except one hook that
 * colours its status badge; the kit's banner, toast and panel come from the CallDiagnosticsProvider around it.
 */
export function CallScreen({ onLeave }: { readonly onLeave?: () => void }) {
  const classes = useStyles();
  const status = useCallStatus();
  const ended = status.label === 'Call ended';
  return (
    <section className={classes.screen} aria-label="Team call">
      <div className={classes.grid}>
        {PEOPLE.map((name) => (
          <div key={name} className={classes.tile}>
            <Avatar name={name} size={48} />
            <Text>{name}</Text>
          </div>
        ))}
      </div>
      <div className={classes.bar}>
        <Badge appearance="tint" color={status.color}>
          {status.label}
        </Badge>
        <Toolbar aria-label="Call controls">
          <Button disabled={ended}>Mute</Button>
          <Button disabled={ended}>Camera</Button>
          <Button appearance="primary" onClick={onLeave}>
            {ended ? 'Close' : 'Leave'}
          </Button>
        </Toolbar>
      </div>
    </section>
  );
}
