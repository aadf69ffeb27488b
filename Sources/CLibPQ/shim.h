// libpq's client header (Debian's libpq-dev puts it in /usr/include/postgresql, which
// pkg-config libpq adds to the include path).
#include <libpq-fe.h>
