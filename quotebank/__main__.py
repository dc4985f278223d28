from quotebank.cli import main

main()
