" .lift files are Lift training plans.
autocmd BufRead,BufNewFile *.lift setfiletype lift
