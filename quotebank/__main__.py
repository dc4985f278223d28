from quotebank.cli.app import main

main()
