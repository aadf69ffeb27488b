// Non-variadic wrappers: el_set/el_get/history are C variadics, which Swift cannot call.
#include <stdio.h>
#include <histedit.h>

static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stderr(void) { return stderr; }
static inline int shim_el_set_prompt(EditLine *e, char *(*f)(EditLine *)) { return el_set(e, EL_PROMPT, f); }
static inline int shim_el_set_prompt_esc(EditLine *e, char *(*f)(EditLine *), char c) { return el_set(e, EL_PROMPT_ESC, f, c); }
static inline int shim_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int shim_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int shim_el_set_hist(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int shim_el_addfn(EditLine *e, const char *name, const char *help, unsigned char (*f)(EditLine *, int)) { return el_set(e, EL_ADDFN, name, help, f); }
static inline int shim_el_bind(EditLine *e, const char *key, const char *fn) { return el_set(e, EL_BIND, key, fn, (const char *)NULL); }
static inline int shim_el_set_clientdata(EditLine *e, void *p) { return el_set(e, EL_CLIENTDATA, p); }
static inline void *shim_el_get_clientdata(EditLine *e) { void *p = NULL; el_get(e, EL_CLIENTDATA, &p); return p; }
static inline int shim_history_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int shim_history_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int shim_history_enter(History *h, HistEvent *ev, const char *s) { return history(h, ev, H_ENTER, s); }
static inline int shim_history_save(History *h, HistEvent *ev, const char *f) { return history(h, ev, H_SAVE, f); }
static inline int shim_history_load(History *h, HistEvent *ev, const char *f) { return history(h, ev, H_LOAD, f); }
static inline int shim_history_getsize(History *h, HistEvent *ev) { return history(h, ev, H_GETSIZE); }
static inline int shim_history_save_fp(History *h, HistEvent *ev, FILE *fp) { return history(h, ev, H_SAVE_FP, fp); }
static inline int shim_history_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int shim_history_last(History *h, HistEvent *ev) { return history(h, ev, H_LAST); }
static inline int shim_history_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }
static inline int shim_history_prev(History *h, HistEvent *ev) { return history(h, ev, H_PREV); }
static inline int shim_history_clear(History *h, HistEvent *ev) { return history(h, ev, H_CLEAR); }
static inline int shim_el_set_terminal(EditLine *e, const char *term) { return el_set(e, EL_TERMINAL, term); }
// MB_CUR_MAX is a macro over a glibc function; a wrapper keeps Swift away from its spelling.
#include <stdlib.h>
static inline size_t shim_mb_cur_max(void) { return MB_CUR_MAX; }
