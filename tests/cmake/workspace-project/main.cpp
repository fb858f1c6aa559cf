// Uses one header per spec of examples/workspace, each in the namespace the
// workspace (or the spec itself) chose.
#include "invoice_status.h"
#include "order_status.h"
// The split layout: declarations only; the definitions are linked from the
// library statusc_generate() built.
#include "cpp_split.h"

static_assert(acme::orders::can_transition(acme::orders::OrderStatus::Placed, acme::orders::OrderStatus::Shipped));
static_assert(acme::status::can_transition(acme::status::InvoiceStatus::Paid, acme::status::InvoiceStatus::Draft));

int main() {
  namespace split = acme::split_sessions;
  const auto working = split::parse_session_status("working");
  const bool split_ok = working == split::SessionStatus::Working && split::migrate_session_status("paused") == working &&
                        split::is_terminal(split::SessionStatus::Merged) && split::retry_after(split::SessionStatus::Errored) == 30;
  return acme::orders::is_terminal(acme::orders::OrderStatus::Delivered) && split_ok ? 0 : 1;
}
