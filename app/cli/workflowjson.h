#pragma once

#include "core/services/verifier.h"
#include "core/services/workflowservice.h"

#include <QJsonObject>

namespace dc::cli {

// How signatures, events, histories and verify reports look on the command line.
QJsonObject signatureJson(const Signature &signature);
QJsonObject eventJson(const Event &event);
QJsonObject historyJson(const DocumentHistory &history);
QJsonObject verifyJson(const VerifyReport &report);
// Prints the history as tables: revisions, signatures, events.
void printHistory(const DocumentHistory &history);

} // namespace dc::cli
