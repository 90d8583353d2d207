fn f() { let x = 1 € 2; let y = ~3; }
/* open comment
