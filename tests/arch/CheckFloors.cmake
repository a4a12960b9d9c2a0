# Fails when a floor includes a higher floor: engine/ never QtGui/QtWidgets, models/ never
# QtWidgets, nothing below ui/ includes ui/, and the CLI uses the engine only.
set(widgets "QtWidgets|QWidget|QApplication|QDialog|QMainWindow|QAbstractButton|QLineEdit|QLabel|QMessageBox|QTableView")
set(gui "QtGui|QGuiApplication|QIcon|QColor|QPixmap|QFont|QBrush|QAction|QPalette|QKeySequence|QImage")
set(rules
    "engine|#include *[<\"](${widgets}|${gui})[>\"/]|GUI header in engine/"
    "engine|#include *\"(\\.\\./)*(ui|models|app)/|higher floor included from engine/"
    "models|#include *[<\"](${widgets})[>\"/]|QtWidgets header in models/"
    "models|#include *\"(\\.\\./)*(ui|app)/|higher floor included from models/"
    "app/mailroomctl|#include *[<\"](${widgets}|${gui})[>\"/]|GUI header in the CLI"
    "app/mailroomctl|#include *\"(\\.\\./)*(ui|models)/|the CLI must use the engine only"
    "app/mailroomctl|#include *\"(Mailroom|MainWindow|[A-Za-z]+(Pane|Dialog|Model|Wizard))\\.h\"|the CLI must use the engine only")
set(failures "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(LENGTH parts n)
    math(EXPR last "${n} - 1")
    list(GET parts ${last} message)
    list(SUBLIST parts 1 ${last} pattern_parts)
    list(JOIN pattern_parts "|" pattern)
    file(GLOB_RECURSE files "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            string(APPEND failures "${message}: ${f}: ${line}\n")
        endforeach()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "Floors crossed (ARCHITECTURE.md, Rules):\n${failures}")
endif()
message(STATUS "floors: engine, models and the CLI include nothing above them")
