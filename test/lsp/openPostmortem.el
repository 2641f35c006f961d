;;; openPostmortem.el --- Emacs with Eglot as the client of `postmortem lsp'  -*- lexical-binding: t -*-
;; Run by test/lsp/emacs.test.ts in `emacs --batch': opens a postmortem in a Markdown mode, connects
;; Eglot to `postmortem lsp' as the README's configuration does, waits for Flymake's diagnostics,
;; prints them and writes them as JSON; then, with point on the action item that has no owner, runs
;; `M-x eglot-code-actions' and takes the action it offers by default, writes the menu and the
;; buffer's text, and quits. Debian 12's Emacs 28 has Eglot from the elpa-eglot package (built in
;; since Emacs 29).

(require 'eglot)
(require 'json)

(defvar postmortem-out (getenv "POSTMORTEM_OUT"))

(defun postmortem-write (name text)
  "Write TEXT into the file NAME of the output folder."
  (with-temp-file (expand-file-name name postmortem-out) (insert text)))

;; markdown-mode is not in Debian 12's Emacs: a mode of that name stands in for it, so that the
;; configuration is the README's.
(define-derived-mode markdown-mode text-mode "Markdown")
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(add-to-list 'eglot-server-programs
             `((markdown-mode gfm-mode) . ("node" ,(getenv "POSTMORTEM_CLI") "lsp" "--stdio")))

(defun postmortem-diagnostic (diagnostic)
  "What a person sees of DIAGNOSTIC: its place (lines 1-based, columns 0-based), kind and text."
  (let ((beg (flymake-diagnostic-beg diagnostic))
        (end (flymake-diagnostic-end diagnostic)))
    `((line . ,(line-number-at-pos beg))
      (column . ,(save-excursion (goto-char beg) (current-column)))
      (endLine . ,(line-number-at-pos end))
      (endColumn . ,(save-excursion (goto-char end) (current-column)))
      (type . ,(symbol-name (flymake-diagnostic-type diagnostic)))
      (text . ,(flymake-diagnostic-text diagnostic)))))

;; The key a person presses at each question; in --batch, Emacs would read it from standard input.
(defun postmortem-answer-with-default (prompt collection &rest arguments)
  "Write the menu of PROMPT and COLLECTION into menu.json and answer with its default, as RET does.
ARGUMENTS are the rest of `completing-read''s."
  (let ((default (nth 4 arguments)))
    (postmortem-write "menu.json"
                      (json-encode `((prompt . ,prompt) (choices . ,(vconcat (mapcar #'car collection)))
                                     (default . ,default))))
    default))

(defun postmortem-apply-default-code-action (text)
  "With point on the Flymake diagnostic whose text contains TEXT, choose the default code action.
That is `M-x eglot-code-actions RET', then RET at Eglot's menu."
  (let ((diagnostic (seq-find (lambda (d) (string-search text (flymake-diagnostic-text d)))
                              (flymake-diagnostics))))
    (unless diagnostic (error "No diagnostic %s" text))
    (goto-char (flymake-diagnostic-beg diagnostic))
    ;; A command run from the keyboard, so Eglot asks in the minibuffer rather than in a pop-up menu.
    (let ((last-nonmenu-event ?\r))
      (cl-letf (((symbol-function 'completing-read) #'postmortem-answer-with-default))
        (call-interactively #'eglot-code-actions)))))

(condition-case problem
    (progn
      (find-file (getenv "POSTMORTEM_FILE"))
      (unless (eq major-mode 'markdown-mode) (error "The postmortem opened in %s" major-mode))
      (apply #'eglot (eglot--guess-contact))
      (unless (eglot-current-server) (error "Eglot did not connect"))
      ;; Flymake starts checking a buffer once it is shown in a window; --batch shows none.
      (flymake-start)
      (let ((deadline (+ (float-time) 30)))
        (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
          (accept-process-output nil 0.05)))
      (unless (flymake-diagnostics) (error "No diagnostics within 30 s"))
      (let ((diagnostics (mapcar #'postmortem-diagnostic
                                 (sort (flymake-diagnostics)
                                       (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
        (dolist (diagnostic diagnostics)
          (princ (format "%s:%d:%d: %s: %s\n" (file-name-nondirectory buffer-file-name)
                         (alist-get 'line diagnostic) (alist-get 'column diagnostic)
                         (alist-get 'type diagnostic) (alist-get 'text diagnostic))))
        (postmortem-write "diagnostics.json" (json-encode (vconcat diagnostics))))
      (postmortem-apply-default-code-action "[action-item-owner]")
      (postmortem-write "text.md" (buffer-substring-no-properties (point-min) (point-max)))
      (eglot-shutdown (eglot-current-server)))
  (error (postmortem-write "error.txt" (error-message-string problem))))
(kill-emacs 0)
;;; openPostmortem.el ends here
