package de.kommunalmesse.chat.message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The message writer's meters in {@code /q/metrics} (docs/operations.md, "Metrics and alerts"): changes
 * stored per kind ({@code kommunalmesse_chat_messages_stored_total{change="post|edit|delete"}}, whose rate
 * is the chat's messages per second), changes waiting in the writer's queues
 * ({@code kommunalmesse_chat_writer_queue}) and changes per stored batch
 * ({@code kommunalmesse_chat_writer_batch_changes}).
 */
@ApplicationScoped
class WriterMeters {

    private final List<Queue<?>> queues = new CopyOnWriteArrayList<>();
    private final Map<String, Counter> stored;
    private final DistributionSummary batches;

    @Inject
    WriterMeters(MeterRegistry registry) {
        stored = Map.of(
                "post", storedCounter(registry, "post"),
                "edit", storedCounter(registry, "edit"),
                "delete", storedCounter(registry, "delete"));
        batches = DistributionSummary.builder("kommunalmesse.chat.writer.batch")
                .description("Changes stored together in one transaction of the chat's message writer")
                .baseUnit("changes")
                .register(registry);
        Gauge.builder("kommunalmesse.chat.writer.queue", queues, WriterMeters::waiting)
                .description("Chat changes accepted and waiting for the message writer")
                .register(registry);
    }

    private static Counter storedCounter(MeterRegistry registry, String change) {
        return Counter.builder("kommunalmesse.chat.messages.stored")
                .description("Chat changes stored (new messages, edits, deletions)")
                .tag("change", change)
                .register(registry);
    }

    private static double waiting(List<Queue<?>> queues) {
        int waiting = 0;
        for (Queue<?> queue : queues) {
            waiting += queue.size();
        }
        return waiting;
    }

    void watchQueue(Queue<?> queue) {
        queues.add(queue);
    }

    void stored(String change) {
        stored.get(change).increment();
    }

    void batch(int changes) {
        batches.record(changes);
    }
}
