// Uses one header per spec of examples/workspace, each in the namespace the
// workspace (or the spec itself) chose.
#include "invoice_status.h"
#include "order_status.h"

static_assert(acme::orders::can_transition(acme::orders::OrderStatus::Placed, acme::orders::OrderStatus::Shipped));
static_assert(acme::status::can_transition(acme::status::InvoiceStatus::Paid, acme::status::InvoiceStatus::Draft));

int main() { return acme::orders::is_terminal(acme::orders::OrderStatus::Delivered) ? 0 : 1; }
