// SPDX-FileCopyrightText: 2026 Fieldfile contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PayloadPipeline.h"

#include "core/sync/PackageReader.h"
#include "core/sync/PayloadReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace ff {

namespace {
/// What the reading thread hands over: batches, then either the end or an error.
struct Handover
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<EncodedChange>> batches;
    bool done = false;    // the reader has finished (see error)
    bool stopped = false; // the consumer gave up: read no further
    QString error;        // the reader's, if any
    PayloadReader::Fault fault;
    bool wrongCount = false; // read whole, but not the number of changes the header says
    qsizetype total = 0;
};
} // namespace

Status PayloadPipeline::run(const QByteArray& cbor, qint64 expectedChanges, qsizetype maxChanges,
                            const Consumer& consume)
{
    Handover handover;
    std::thread reading([&handover, &cbor, expectedChanges, maxChanges] {
        PayloadReader reader(cbor);
        QString error;
        qsizetype total = 0;
        bool wrongCount = false;
        if (!reader.begin(maxChanges)) {
            error = reader.error();
        } else {
            while (error.isEmpty() && !reader.atEnd()) {
                QList<EncodedChange> batch;
                batch.reserve(kBatch);
                if (!reader.next(kBatch, &batch)) {
                    error = reader.error();
                    break;
                }
                std::unique_lock lock(handover.mutex);
                handover.changed.wait(
                    lock, [&] { return handover.stopped || qsizetype(handover.batches.size()) < kAhead; });
                if (handover.stopped)
                    return;
                handover.batches.push_back(std::move(batch));
                handover.changed.notify_all();
            }
            if (error.isEmpty() && !reader.end(&total))
                error = reader.error();
            if (error.isEmpty() && total != expectedChanges) {
                error = QStringLiteral("%1 changes, the header says %2").arg(total).arg(expectedChanges);
                wrongCount = true;
            }
        }
        std::lock_guard lock(handover.mutex);
        handover.error = error;
        handover.fault = reader.fault();
        handover.wrongCount = wrongCount;
        handover.total = total;
        handover.done = true;
        handover.changed.notify_all();
    });

    Status result = Status::ok();
    for (;;) {
        QList<EncodedChange> batch;
        {
            std::unique_lock lock(handover.mutex);
            handover.changed.wait(lock, [&] { return !handover.batches.empty() || handover.done; });
            // A payload found damaged further on refuses the whole package: nothing more is applied.
            // The sentence is made here, on the importing thread, in its language (ServerTranslator).
            if (handover.done && !handover.error.isEmpty()) {
                result = handover.wrongCount
                             ? PackageReader::wrongCount(handover.total, expectedChanges)
                             : PackageReader::unreadablePayload(handover.fault, handover.error);
                break;
            }
            if (handover.batches.empty())
                break;
            batch = std::move(handover.batches.front());
            handover.batches.pop_front();
            handover.changed.notify_all();
        }
        if (Status s = consume(batch); !s) {
            result = s;
            break;
        }
    }
    {
        std::lock_guard lock(handover.mutex);
        handover.stopped = true;
        handover.changed.notify_all();
    }
    reading.join();
    return result;
}

} // namespace ff
