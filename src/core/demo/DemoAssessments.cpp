#include "DemoAssessments.h"

#include "evidence/EvidenceStore.h"
#include "plan/PlanService.h"
#include "scoring/Assess.h"

#include <algorithm>
#include <map>

namespace sa::demo {

namespace {

using evidence::NoteKind;

struct DemoNote {
    NoteKind kind;
    const char* date;
    const char* title;
    const char* respondent;
    const char* role;
    const char* text;
    std::vector<std::string> criteria;
};

const std::vector<DemoNote>& demoNotes()
{
    static const std::vector<DemoNote> notes = {
        { NoteKind::StaffInterview, "2025-07-02", "Интервью с РОП", "Наталья Фёдорова", "РОП",
            "Карта процесса есть в регламенте 2022 года, этапы «Переговоры» и «Договор» с тех пор поменялись. "
            "Планёрка по понедельникам, но воронку разбираем раз в месяц. KPI менеджеров — только выручка. "
            "«Зависшие» сделки никто не разбирает: «у Дмитрия их больше всех, он не успевает».",
            { "P1", "P2", "M2", "M9", "S1", "S6", "S7", "P4" } },
        { NoteKind::StaffInterview, "2025-07-03", "Групповое интервью с менеджерами", "4 менеджера",
            "менеджеры по продажам",
            "Этапы воронки называют по-разному. Скрипт холодного звонка есть, входящий — нет. Бонус «непонятно как "
            "считается». Наставника новичкам не назначают, обучение — «смотри, как делает Ольга».",
            { "P1", "P7", "S4", "S5", "S6", "S7", "L7" } },
        { NoteKind::CallListening, "2025-07-04", "Прослушивание 24 звонков 6 менеджеров", "6 менеджеров", "",
            "Структуре скрипта следуют 11 из 24 звонков (46 %). Потребности выявляют открытыми вопросами в 9 звонках. "
            "Следующий шаг согласован в 13. Входящие заявки с сайта перезванивают через 2–5 часов.",
            { "P7", "S3", "M3", "L6" } },
        { NoteKind::MysteryShopper, "2025-07-05", "Тайный покупатель: 2 обращения через сайт", "", "",
            "Первое обращение: перезвонили через 3 ч 40 мин, КП прислали на следующий день без уточнения задачи. "
            "Второе: перезвонили через 26 минут, менеджер выявил потребность, но не договорился о следующем шаге.",
            { "P7", "S3", "L6", "L8" } },
        { NoteKind::Document, "2025-07-02", "Регламент отдела продаж (ред. 2022)", "", "",
            "Описаны пять этапов первой продажи с действиями менеджера; критериев входа и выхода нет; "
            "процесс работы с действующими клиентами не описан; регламент не пересматривался с 2022 года.",
            { "P1", "P2", "P3", "P8" } },
        { NoteKind::Document, "2025-07-03", "Отчёт собственнику за май 2025", "", "",
            "Выручка по менеджерам есть, по каналам нет; прибыль — из бухгалтерии с задержкой в месяц; прогноза нет. "
            "Собирается вручную в Excel два дня.",
            { "M2", "M8", "M5" } },
        { NoteKind::ClientInterview, "2025-07-07", "Интервью с ключевым клиентом", "Закупщик", "ТД «Северный Альянс»",
            "Работают с нами три года, довольны сроками монтажа. «Менеджер сменился дважды, каждый раз заново "
            "объясняли задачу». Конкуренты предлагают сервисный контракт дешевле.",
            { "C1", "C4", "C8", "P8" } },
        { NoteKind::Session, "2025-07-08", "Сессия с собственником и коммерческим директором", "Собственник", "",
            "Приоритетный канал — контекстная реклама, обоснования по ROI нет; VK Реклама запущена «для охвата». "
            "Холодные звонки делают все понемногу, без нормы. SLA между маркетингом и продажами нет.",
            { "L3", "L7", "L8", "M2", "S1", "C8" } },
        { NoteKind::Document, "2025-07-08", "Маркетинговый план и бюджет 2025", "", "",
            "Бюджет распределён по каналам от прошлого года; CPL считается по Яндекс.Директ, по VK — нет; "
            "квалификации MQL/SQL нет, все заявки передаются в продажи.",
            { "L3", "L5", "L8" } },
        { NoteKind::StaffInterview, "2025-07-09", "Интервью с HR", "Светлана Орлова", "HR",
            "Профиль кандидата есть только для хантеров; ролевой игры на отборе нет; испытательный срок без целей. "
            "За год ушёл один фермер, его клиентов раздали без передачи истории.",
            { "S4", "S5", "S8", "C8" } },
    };
    return notes;
}

// Answers per criterion, item by item (y = yes, p = partly, n = no, - = n.a.): a company with a
// sound sales process on paper, reports by manager, and weak scripts, onboarding and lead qualification.
const std::map<std::string, std::string>& demoAnswers()
{
    static const std::map<std::string, std::string> a = {
        { "P1", "yypny" },
        { "P2", "ypyny" },
        { "P3", "yyyyp" },
        { "P6", "pnyp" },
        { "P7", "ppnnp" },
        { "P8", "pnnpy" },
        { "M2", "ypypp" },
        { "M3", "yyyp" },
        { "M5", "yypn" },
        { "M8", "yypnn" },
        { "M9", "pnnnp" },
        { "C4", "pnpn" },
        { "C8", "yyyyp" },
        { "L3", "nppny" },
        { "L5", "pnnn" },
        { "L7", "pnnyn" },
        { "L8", "yyppy" },
        { "S1", "pyypy" },
        { "S4", "ypypn" },
        { "S5", "nynn" },
        { "S6", "yyypp" },
        { "S7", "ppnpn" },
    };
    return a;
}

std::vector<std::int64_t> notesFor(
    const std::string& criterion, const std::map<std::int64_t, std::vector<std::string>>& tags)
{
    std::vector<std::int64_t> ids;
    for (const auto& [id, criteria] : tags)
        if (std::find(criteria.begin(), criteria.end(), criterion) != criteria.end())
            ids.push_back(id);
    if (ids.empty() && !tags.empty())
        ids.push_back(tags.begin()->first); // the head-of-sales interview covers the rest
    return ids;
}

Status answerChecklists(store::Project& project, const scoring::ScoringSetup& setup,
    const std::map<std::int64_t, std::vector<std::string>>& tags, const Clock& clock)
{
    for (const auto& [id, pattern] : demoAnswers()) {
        const scoring::Criterion* c = setup.catalogue.find(id);
        if (!c || !c->inVariant(setup.variant))
            continue;
        std::vector<std::pair<std::string, evidence::Answer>> answers;
        for (std::size_t i = 0; i < c->checklist.size() && i < pattern.size(); ++i) {
            if (!c->checklist[i].appliesTo(setup.variant))
                continue;
            const char a = pattern[i];
            answers.emplace_back(c->checklist[i].id,
                a == 'y'       ? evidence::Answer::Yes
                    : a == 'p' ? evidence::Answer::Partly
                    : a == 'n' ? evidence::Answer::No
                               : evidence::Answer::Na);
        }
        if (Status s = scoring::assessChecklist(project, setup, id, answers, notesFor(id, tags), clock); !s)
            return Error::internal("demo checklist " + id + ": " + s.error().message);
    }
    return {};
}

} // namespace

Status addDemoAssessments(store::Project& project, const std::string& catalogueDir, const Clock& clock)
{
    std::map<std::int64_t, std::vector<std::string>> tags;
    for (const DemoNote& n : demoNotes()) {
        evidence::Note note;
        note.kind = n.kind;
        note.title = n.title;
        note.date = parseIsoDate(n.date);
        note.respondent = n.respondent;
        note.role = n.role;
        note.text = n.text;
        note.criteria = n.criteria;
        auto id = evidence::addNote(project.db(), note, clock);
        if (!id)
            return id.error();
        tags[*id] = n.criteria;
    }
    auto setup = scoring::loadScoringSetup(project, catalogueDir);
    if (!setup)
        return setup.error();
    if (Status s = answerChecklists(project, *setup, tags, clock); !s)
        return s;
    if (Status s = scoring::assessRating(project, *setup, "S3", 1,
            "24 звонка 6 менеджеров, 2 контакта тайного покупателя; тест по продукту не проводился.",
            notesFor("S3", tags), clock);
        !s)
        return s;
    // Most of this company's revenue is repeat orders that never pass through the pipeline, so a
    // consultant measures pipeline coverage (M5) against the new-business plan (§5.6 parameter change).
    if (Status s = scoring::changeParam(project, *setup, "coverage_plan_basis", "\"new_business\"",
            "Повторные заказы постоянных клиентов идут мимо воронки, поэтому покрытие считаем от плана нового "
            "бизнеса.",
            "Демо-консультант", clock);
        !s)
        return s;
    auto score = scoring::scoreProject(project, catalogueDir);
    if (!score)
        return score.error();
    // Two overrides a consultant would make: colouring a criterion the data could not assess (with
    // evidence, as §5.6 requires) and changing a colour for business context.
    evidence::Override s8;
    s8.criterionId = "S8";
    s8.newStatus = "yellow";
    s8.reasonCategory = "new_evidence";
    s8.rationale
        = "По данным HR за год ушёл один фермер из восьми менеджеров; его клиентов раздали без передачи истории.";
    s8.evidenceIds = notesFor("S8", tags);
    s8.author = "Демо-консультант";
    evidence::Override s1 = s8;
    s1.criterionId = "S1";
    s1.newStatus = "red";
    s1.reasonCategory = "business_context";
    s1.rationale
        = "РОП сам ведёт крупных клиентов и продаёт больше трети времени, поэтому команда фактически без руководителя.";
    s1.evidenceIds = notesFor("S1", tags);
    for (const auto& o : { s8, s1 })
        if (auto r = scoring::assessOverride(project, *setup, *score, o, clock); !r)
            return Error::internal("demo override " + o.criterionId + ": " + r.error().message);
    if (auto plan = plan::ensurePlan(project, catalogueDir, "ru", true, clock); !plan)
        return plan.error();
    return {};
}

} // namespace sa::demo
