"""Public information requests (*permohonan informasi publik*) under UU 14/2008 on Keterbukaan Informasi Publik and
Perki 1/2021: registered, answered within 10 working days (extendable once by 7), refused only on an Art. 17
exemption, objected to (*keberatan*) on the Art. 35 grounds. Issue 21: the rules are here; the pages come next."""
