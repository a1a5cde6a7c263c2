# importlib.util.spec_from_file_location / module_from_spec / loader.exec_module: loading a module from a path.
import importlib.util
import os
import pathlib
import shutil
import sys
import tempfile

folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "plugin.py")
    with open(path, "w") as f:
        f.write('"""a plugin"""\nimport sys\nVALUE = 42\ndef twice(x):\n    return 2 * x\nseen_name = __name__\n'
                'in_modules = __name__ in sys.modules\n')
    with open(os.path.join(folder, "data.txt"), "w") as f:
        f.write("not python\n")
    spec = importlib.util.spec_from_file_location("my_plugin", path)
    print(spec.name, spec.origin == path, spec.has_location, spec.submodule_search_locations, spec.parent == "")
    print(type(spec.loader).__name__, spec.loader.get_filename("my_plugin") == path)
    module = importlib.util.module_from_spec(spec)
    print(module.__name__, module.__file__ == path, module.__spec__ is spec, module.__loader__ is spec.loader,
          "my_plugin" in sys.modules, hasattr(module, "VALUE"))
    spec.loader.exec_module(module)
    print(module.VALUE, module.twice(21), module.seen_name, module.in_modules, module.__doc__)
    print(importlib.util.spec_from_file_location("d", os.path.join(folder, "data.txt")))
    print(importlib.util.spec_from_file_location("x"))
    again = importlib.util.spec_from_file_location("p2", pathlib.Path(path))
    second = importlib.util.module_from_spec(again)
    again.loader.exec_module(second)
    print(second.twice(5), second is not module, second.__name__)
    with open(os.path.join(folder, "broken.py"), "w") as f:
        f.write("x = 1\nraise ValueError('in the module body')\n")
    broken = importlib.util.spec_from_file_location("broken", os.path.join(folder, "broken.py"))
    target = importlib.util.module_from_spec(broken)
    try:
        broken.loader.exec_module(target)
    except ValueError as e:
        print("ValueError:", e, target.x, "broken" in sys.modules)
finally:
    shutil.rmtree(folder)
