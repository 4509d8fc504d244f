" The syntax of .lift lives in the repository's syntaxes/lift.vim, generated from the same
" keyword lists as the TextMate grammar; this folder (editors/vim) only puts it on the
" runtime path with the file type detection and settings.
execute 'source' fnameescape(expand('<sfile>:p:h:h:h:h') . '/syntaxes/lift.vim')
