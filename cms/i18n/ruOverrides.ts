/**
 * Corrections of Payload's Russian admin strings (issue 19). Payload puts a collection's label
 * into fixed phrases («Создание нового {{label}}»), which cannot agree with a feminine or neuter
 * noun («Создание нового Новость»): these say the same with a colon or the neutral «запись»,
 * so that any label fits. Also Latin words («Email», «API», «Payload», «URL») and broken
 * fragments («Искать по Или же Анонс») where a Russian word exists.
 */
export const ruOverrides = {
  general: {
    createNewLabel: 'Создать: {{label}}',
    creatingNewLabel: 'Новая запись: {{label}}',
    newLabel: 'Новая запись: {{label}}',
    editLabel: 'Изменить: {{label}}',
    deleteLabel: 'Удалить: {{label}}',
    aboutToDelete: 'Удалить запись «<1>{{title}}</1>» ({{label}})? Отменить это будет нельзя.',
    documentIsTrashed: 'Запись ({{label}}) в корзине и доступна только для чтения.',
    successfullyCreated: 'Создано: {{label}}.',
    successfullyDuplicated: 'Копия создана: {{label}}.',
    updatedSuccessfully: 'Изменения сохранены.',
    deletedSuccessfully: 'Удалено.',
    deletedCountSuccessfully: 'Удалено записей: {{count}}.',
    updatedCountSuccessfully: 'Обновлено записей: {{count}}.',
    noResults:
      'Ничего не найдено: в разделе «{{label}}» пока нет записей или ни одна не подходит под фильтры.',
    noLabel: 'Без названия',
    // ListControls writes «{{searchBy}} {{or}} <the last field>»: «Поиск: Заголовок или Анонс».
    searchBy: 'Поиск: {{label}}',
    or: 'или',
    payloadSettings: 'Настройки',
    email: 'Электронная почта',
    emailAddress: 'Адрес электронной почты',
  },
  fields: {
    addLabel: 'Добавить: {{label}}',
    addNewLabel: 'Добавить: {{label}}',
    chooseLabel: 'Выбрать: {{label}}',
    editLabelData: 'Изменить данные: {{label}}',
    labelRelationship: 'Связи: {{label}}',
    newLabel: 'Новая запись: {{label}}',
    selectExistingLabel: 'Выбрать из имеющихся: {{label}}',
    uploadNewLabel: 'Загрузить: {{label}}',
    customURL: 'Свой адрес',
    enterURL: 'Введите адрес',
  },
  upload: {
    pasteURL: 'Вставить адрес',
  },
  authentication: {
    emailSent: 'Письмо отправлено',
    forgotPasswordEmailInstructions:
      'Введите адрес электронной почты: на него придёт письмо со ссылкой для нового пароля.',
    verifyYourEmail: 'Подтвердите адрес электронной почты',
  },
  error: {
    emailOrPasswordIncorrect: 'Адрес электронной почты или пароль неверны.',
    missingEmail: 'Не указан адрес электронной почты.',
    userEmailAlreadyRegistered: 'Пользователь с таким адресом электронной почты уже есть.',
  },
  validation: {
    emailAddress: 'Введите правильный адрес электронной почты.',
    trueOrFalse: 'Здесь можно выбрать только «да» или «нет».',
  },
}
