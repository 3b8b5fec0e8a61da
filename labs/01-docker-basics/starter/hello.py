"""Lab 01: the program your first image runs."""
import getpass
import platform

print("Hello, Docker!")
print(f"This is Python {platform.python_version()} running as user '{getpass.getuser()}' inside a container.")
