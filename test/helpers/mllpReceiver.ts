// A real MLLP receiver for outbound tests (an integration engine's inbound port): it records every message it gets
// and answers each with the ACK the test chooses (AA by default), built by the project's own ACK code.
import { buildAck, createAckIdSource } from '../../drivers/hl7/ack';
import { parseHl7 } from '../../drivers/hl7/adapter';
import { MllpListener } from '../../drivers/hl7/transport';

export interface ReceivedMessage {
  readonly controlId: string;
  readonly text: string;
}

export type Reply = { readonly code: 'AA' | 'AE' | 'AR'; readonly text?: string };

export interface MllpReceiver {
  readonly port: number;
  /** Every message received, in arrival order (a resend appears again). */
  readonly messages: ReceivedMessage[];
  /** How the next messages are answered; null: no answer at all (a receiver that hangs). */
  reply: (message: ReceivedMessage) => Reply | null;
  /** Stops listening (the sender sees a refused connection). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

export async function startMllpReceiver(port = 0): Promise<MllpReceiver> {
  const nextId = createAckIdSource('RCV');
  let listener: MllpListener | null = null;
  const receiver: MllpReceiver = {
    port,
    messages: [],
    reply: () => ({ code: 'AA' }),
    async stop() {
      await listener?.close();
      listener = null;
    },
    async restart() {
      listener = create(receiver.port);
      await listener.listen();
    },
  };
  const create = (p: number) =>
    new MllpListener({
      port: p,
      onFrame: (payload) => {
        const text = new TextDecoder().decode(payload);
        const parsed = parseHl7(text);
        const message = { controlId: parsed.controlId ?? '', text };
        receiver.messages.push(message);
        const reply = receiver.reply(message);
        if (!reply) return [];
        const { code, text: reason } = reply;
        const ack = buildAck(parsed, code, code === 'AA' ? null : { code: 207, text: reason ?? 'refused' }, { application: 'ENGINE', facility: 'HOSPITAL', now: 0, controlId: nextId() });
        return [new TextEncoder().encode(ack)];
      },
    });
  listener = create(port);
  const address = await listener.listen();
  (receiver as { port: number }).port = address.port;
  return receiver;
}
