<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>DateText</name>
    <message>
        <source>year unknown</source>
        <translation>год неизвестен</translation>
    </message>
    <message>
        <source>year inferred from the text</source>
        <translation>год выведен из текста</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Year unknown</source>
        <translation>Год неизвестен</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Starts per month</source>
        <translation>Начала по месяцам</translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation>Нет событий, подходящих под фильтры</translation>
    </message>
    <message>
        <source>Year inferred from the text</source>
        <translation>Год выведен из текста</translation>
    </message>
</context>
<context>
    <name>letopis::gui::Corrections</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Переименовать «%1» в «%2»</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Объединить «%1» с «%2»</translation>
    </message>
    <message>
        <source>Split “%1” off</source>
        <translation>Отделить «%1»</translation>
    </message>
    <message>
        <source>Reject “%1”</source>
        <translation>Отклонить «%1»</translation>
    </message>
    <message>
        <source>Set the dates of “%1”</source>
        <translation>Задать даты «%1»</translation>
    </message>
    <message>
        <source>Set the type of “%1”</source>
        <translation>Задать тип «%1»</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Новое название для «%1»:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n mention(s))</source>
        <translation>
            <numerusform>%1 (%n упоминание)</numerusform>
            <numerusform>%1 (%n упоминания)</numerusform>
            <numerusform>%1 (%n упоминаний)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Nothing was merged into “%1”, so there is nothing to split off.</source>
        <translation>С «%1» ничего не объединяли, отделять нечего.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Split off from “%1”:</source>
        <translation>Отделить от «%1»:</translation>
    </message>
    <message>
        <source>Correct “%1”</source>
        <translation>Исправить «%1»</translation>
    </message>
    <message>
        <source>The correction is saved but applies on the next import: %1</source>
        <translation>Исправление сохранено и применится при следующем импорте: %1</translation>
    </message>
    <message>
        <source>The correction is saved but the documents could not be extracted again: %1</source>
        <translation>Исправление сохранено, но документы не удалось разобрать заново: %1</translation>
    </message>
</context>
<context>
    <name>letopis::gui::DocumentListModel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EntityPage</name>
    <message>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Choose a person, an organisation or a country to see its page.</source>
        <translation>Выберите персону, организацию или страну, чтобы открыть её страницу.</translation>
    </message>
    <message>
        <source>Cannot read the entity: %1</source>
        <translation>Не удалось прочитать сущность: %1</translation>
    </message>
    <message>
        <source>No %1 with the key “%2” is in the database.</source>
        <translation>В базе нет объекта «%1» с ключом «%2».</translation>
    </message>
    <message>
        <source>Entity %1 is not in the database.</source>
        <translation>Сущности %1 нет в базе.</translation>
    </message>
    <message>
        <source>Cannot read the entity&apos;s events: %1</source>
        <translation>Не удалось прочитать события сущности: %1</translation>
    </message>
    <message>
        <source>Cannot read the entity&apos;s mentions: %1</source>
        <translation>Не удалось прочитать упоминания сущности: %1</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>встречается %1</translation>
    </message>
    <message>
        <source>seen from %1 to %2</source>
        <translation>встречается с %1 по %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n упоминание</numerusform>
            <numerusform>%n упоминания</numerusform>
            <numerusform>%n упоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>исправлено вручную</translation>
    </message>
    <message>
        <source>Roles over time</source>
        <translation>Должности во времени</translation>
    </message>
    <message>
        <source>No role found in the documents.</source>
        <translation>В документах не найдено должностей.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>События (%1)</translation>
    </message>
    <message>
        <source>Not linked to any event.</source>
        <translation>Не связано ни с одним событием.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Mentions in context (%1)</source>
        <translation>Упоминания в контексте (%1)</translation>
    </message>
    <message>
        <source>The oldest %1 are shown.</source>
        <translation>Показаны первые %1.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EntityTableModel</name>
    <message>
        <source> (corrected)</source>
        <translation> (исправлено)</translation>
    </message>
    <message>
        <source>Corrected by hand. Double-click or press Enter to open the entity&apos;s page</source>
        <translation>Исправлено вручную. Дважды щёлкните или нажмите Enter, чтобы открыть страницу</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the entity&apos;s page</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть страницу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>В последний раз</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EntityView</name>
    <message>
        <source>Filter by name, role or organisation</source>
        <translation>Фильтр по имени, должности или организации</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Cannot read the entities: %1</source>
        <translation>Не удалось прочитать сущности: %1</translation>
    </message>
    <message>
        <source>Counted in the documents of the filtered events (the newest 2,000 when there are more).</source>
        <translation>Подсчитано по документам отфильтрованных событий (по 2 000 самых новых, если их больше).</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EventCorrectionDialog</name>
    <message>
        <source>Correct event</source>
        <translation>Исправить событие</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Dates to the</source>
        <translation>Точность дат:</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EventDetails</name>
    <message>
        <source>Select an event on the timeline or in the table to see its details.</source>
        <translation>Выберите событие на шкале времени или в таблице, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation>Исправлено вручную</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>гибридный</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Within it</source>
        <translation>В его рамках</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
</context>
<context>
    <name>letopis::gui::EventTableModel</name>
    <message>
        <source> (corrected)</source>
        <translation> (исправлено)</translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation>Исправлено вручную</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message numerus="yes">
        <source>Reported by %n document(s)</source>
        <translation>
            <numerusform>Сообщает %n документ</numerusform>
            <numerusform>Сообщают %n документа</numerusform>
            <numerusform>Сообщают %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) of evidence</source>
        <translation>
            <numerusform>%n предложение-свидетельство</numerusform>
            <numerusform>%n предложения-свидетельства</numerusform>
            <numerusform>%n предложений-свидетельств</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>letopis::gui::FacetModel</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n событие</numerusform>
            <numerusform>%1: %n события</numerusform>
            <numerusform>%1: %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>letopis::gui::FilterPanel</name>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Text in any word form…</source>
        <translation>Текст в любой словоформе…</translation>
    </message>
    <message>
        <source>Keeps events whose documents contain these words in any form: «выставка» finds «выставке». Quotes make a phrase, a trailing * a prefix.</source>
        <translation>Оставляет события, в документах которых есть эти слова в любой форме: «выставка» находит «выставке». Кавычки задают фразу, * в конце — начало слова.</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы событий</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every event again (Ctrl+Shift+X)</source>
        <translation>Снова показать все события (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Найти…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>персона</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>text: «%1»</source>
        <translation>текст: «%1»</translation>
    </message>
</context>
<context>
    <name>letopis::gui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Почему не импортирован</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>Импорт уже идёт: дождитесь его или отмените.</translation>
    </message>
    <message>
        <source>This database lives in memory only, so it cannot be imported into in the background. Open or create a database file first.</source>
        <translation>Эта база существует только в памяти, фоновый импорт в неё невозможен. Сначала откройте или создайте файл базы.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Loading the extraction models…</source>
        <translation>Загрузка моделей извлечения…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Отмена после текущего файла…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 из %2 файлов</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Отменено. </translation>
    </message>
    <message>
        <source>Done. </source>
        <translation>Готово. </translation>
    </message>
    <message>
        <source>Read %1 files: %2 new, %3 replaced, %4 unchanged, %5 duplicates, %6 failed, in %7 s. The database holds %8 documents.</source>
        <translation>Прочитано файлов: %1; новых %2, заменено %3, без изменений %4, дубликатов %5, с ошибками %6, за %7 с. В базе %8 документов.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>letopis::gui::ImportWorker</name>
    <message>
        <source>The import stopped on an internal error: %1</source>
        <translation>Импорт остановлен из-за внутренней ошибки: %1</translation>
    </message>
    <message>
        <source>The import stopped on an internal error.</source>
        <translation>Импорт остановлен из-за внутренней ошибки.</translation>
    </message>
</context>
<context>
    <name>letopis::gui::MainWindow</name>
    <message>
        <source>Letopis — %1</source>
        <translation>Летопись — %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>&amp;Persons, organisations, countries</source>
        <translation>&amp;Персоны, организации, страны</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>Open a Letopis database</source>
        <translation>Открыть базу Летописи</translation>
    </message>
    <message>
        <source>Letopis databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы Летописи (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Импорт папки…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Экспорт &amp;отчёта…</translation>
    </message>
    <message>
        <source>Export a PDF report of the events shown</source>
        <translation>Экспорт отчёта PDF о показанных событиях</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export view as &amp;CSV…</source>
        <translation>Экспорт вида в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export view as &amp;JSON…</source>
        <translation>Экспорт вида в &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Timeline &amp;lanes</source>
        <translation>&amp;Дорожки шкалы времени</translation>
    </message>
    <message>
        <source>By &amp;series</source>
        <translation>По &amp;сериям</translation>
    </message>
    <message>
        <source>By &amp;type</source>
        <translation>По &amp;типам</translation>
    </message>
    <message>
        <source>&amp;Fit the timeline</source>
        <translation>&amp;Вся шкала времени</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Find in text</source>
        <translation>&amp;Найти в тексте</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системный</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Letopis</source>
        <translation>&amp;О Летописи</translation>
    </message>
    <message>
        <source>About Letopis</source>
        <translation>О Летописи</translation>
    </message>
    <message>
        <source>Letopis %1 — a chronicle of events from the Russian business press.</source>
        <translation>Летопись %1 — хроника событий по материалам российской деловой прессы.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Split a merge…</source>
        <translation>&amp;Разделить объединённое…</translation>
    </message>
    <message>
        <source>Correct event &amp;dates and type…</source>
        <translation>Исправить &amp;даты и тип события…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Re&amp;ject as false</source>
        <translation>&amp;Отклонить как ошибку</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Import a folder of press releases</source>
        <translation>Импорт папки с пресс-релизами</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>updated in %1 ms</source>
        <translation>обновлено за %1 мс</translation>
    </message>
    <message>
        <source>Cannot read document %1</source>
        <translation>Не удалось прочитать документ %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export events as JSON</source>
        <translation>Экспорт событий в JSON</translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation>Экспорт событий в CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n событие записано в %1</numerusform>
            <numerusform>%n события записаны в %1</numerusform>
            <numerusform>%n событий записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>letopis::gui::ReaderView</name>
    <message>
        <source>Select a document to read it.</source>
        <translation>Выберите документ, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Set apart from the body:</source>
        <translation>Отделено от основного текста:</translation>
    </message>
</context>
<context>
    <name>letopis::gui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Серия: %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Даты: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message>
        <source>Not on the time axis: the year is unknown.</source>
        <translation>Не на шкале времени: год неизвестен.</translation>
    </message>
    <message>
        <source>Not on the time axis: no date was found.</source>
        <translation>Не на шкале времени: дата не найдена.</translation>
    </message>
    <message>
        <source>Drawn hatched: the year is not printed in the text, it was inferred.</source>
        <translation>Заштриховано: год в тексте не указан, он выведен.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) start</source>
        <translation>
            <numerusform>%1: начинается %n событие</numerusform>
            <numerusform>%1: начинаются %n события</numerusform>
            <numerusform>%1: начинаются %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>letopis::gui::Workbench</name>
    <message>
        <source>Letopis</source>
        <translation>Летопись</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read.</source>
        <translation>База данных %1 повреждена и не читается.</translation>
    </message>
    <message>
        <source>Rebuild it from your corpus? The damaged file is kept next to it as %1.damaged-&lt;date&gt;-&lt;time&gt;, and a new database is built from the folder of text files you choose next. Corrections made in the damaged database are not carried over.</source>
        <translation>Собрать её заново из корпуса? Повреждённый файл останется рядом под именем %1.damaged-&lt;дата&gt;-&lt;время&gt;, а новая база будет построена из папки с текстами, которую вы выберете дальше. Исправления, сделанные в повреждённой базе, не переносятся.</translation>
    </message>
    <message>
        <source>Rebuild from corpus…</source>
        <translation>Собрать заново из корпуса…</translation>
    </message>
    <message>
        <source>Cannot rebuild %1: %2</source>
        <translation>Не удалось собрать заново %1: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Letopis…
A large archive takes a few minutes. If this is interrupted, the database stays as it was and is upgraded the next time.</source>
        <translation>Обновление %1 до этой версии Летописи…
Большой архив обновляется несколько минут. Если прервать обновление, база останется прежней и обновится при следующем открытии.</translation>
    </message>
</context>
</TS>
